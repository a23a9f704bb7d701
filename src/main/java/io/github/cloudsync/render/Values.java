package io.github.cloudsync.render;

/** How a display value is written: markers such as {@code (known after apply)}, booleans and numbers bare, text quoted. */
final class Values {
    private Values() {}

    static String shown(String value) {
        if (value == null) {
            return "null";
        }
        if ((value.startsWith("(") && value.endsWith(")"))
                || value.equals("true")
                || value.equals("false")
                || value.equals("null")
                || value.matches("-?[0-9]+")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
