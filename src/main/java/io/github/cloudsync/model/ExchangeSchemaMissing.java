package io.github.cloudsync.model;

/** Directory discovery found no Exchange attribute the profile needs: the AD schema lacks Exchange. */
public final class ExchangeSchemaMissing extends CloudsyncException {
    private final String object;
    private final String attribute;

    public ExchangeSchemaMissing(String object, String attribute) {
        super(
                "the on-premises AD schema lacks the Exchange attributes: discovery found no " + object + "."
                        + attribute,
                null);
        this.object = object;
        this.attribute = attribute;
    }

    @Override
    public String failureCode() {
        return "exchange_schema_missing";
    }

    public String object() {
        return object;
    }

    public String attribute() {
        return attribute;
    }
}
