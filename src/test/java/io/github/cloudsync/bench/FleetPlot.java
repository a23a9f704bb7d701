package io.github.cloudsync.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The growth plot of figure 6 as an SVG a browser shows: wall time and the client's peak heap against the number of
 * profiles, the measured points joined, and each series' least-squares line dashed (linear growth keeps the points on
 * it).
 */
final class FleetPlot {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 300;
    private static final int MARGIN = 55;

    private FleetPlot() {}

    static void write(Path file, JsonNode growth) throws IOException {
        List<JsonNode> rows = StreamSupport.stream(growth.spliterator(), false).toList();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                2 * WIDTH,
                HEIGHT + 30));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"16\" font-size=\"13\">cloudsync drift, --parallelism 64, 25 ms/request: growth"
                        + " from %d to %d profiles</text>\n",
                MARGIN,
                rows.get(0).path("profiles").asInt(),
                rows.get(rows.size() - 1).path("profiles").asInt()));
        panel(svg, 0, rows, r -> r.path("wallMs").asDouble() / 1000, "wall time (s)", "#1f77b4");
        panel(svg, WIDTH, rows, r -> r.path("clientPeakHeapMb").asDouble(), "client peak heap (MB)", "#d62728");
        svg.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, svg);
    }

    private static void panel(
            StringBuilder svg,
            int left,
            List<JsonNode> rows,
            ToDoubleFunction<JsonNode> y,
            String label,
            String colour) {
        double maxX = rows.stream()
                .mapToDouble(r -> r.path("profiles").asDouble())
                .max()
                .orElse(1);
        double maxY = rows.stream().mapToDouble(y).max().orElse(1) * 1.15;
        int top = 30;
        int plotW = WIDTH - 2 * MARGIN;
        int plotH = HEIGHT - MARGIN - top + 20;
        java.util.function.DoubleUnaryOperator sx = v -> left + MARGIN + v / maxX * plotW;
        java.util.function.DoubleUnaryOperator sy = v -> top + plotH - v / maxY * plotH;
        svg.append(String.format(
                Locale.ROOT,
                "<g><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>"
                        + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n",
                sx.applyAsDouble(0),
                sy.applyAsDouble(0),
                sx.applyAsDouble(maxX),
                sy.applyAsDouble(0),
                sx.applyAsDouble(0),
                sy.applyAsDouble(0),
                sx.applyAsDouble(0),
                sy.applyAsDouble(maxY)));
        for (int t = 0; t <= 4; t++) {
            double vx = maxX * t / 4;
            double vy = maxY * t / 4;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>\n",
                    sx.applyAsDouble(vx),
                    sy.applyAsDouble(0) + 14,
                    vx,
                    sx.applyAsDouble(0) - 4,
                    sy.applyAsDouble(vy) + 4,
                    vy));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">profiles</text>"
                        + "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>\n",
                sx.applyAsDouble(maxX / 2),
                HEIGHT + 10,
                left + MARGIN,
                top + 6,
                colour,
                label));
        double n = rows.size();
        double mx =
                rows.stream().mapToDouble(r -> r.path("profiles").asDouble()).sum() / n;
        double my = rows.stream().mapToDouble(y).sum() / n;
        double sxy = rows.stream()
                .mapToDouble(r -> (r.path("profiles").asDouble() - mx) * (y.applyAsDouble(r) - my))
                .sum();
        double sxx = rows.stream()
                .mapToDouble(r -> Math.pow(r.path("profiles").asDouble() - mx, 2))
                .sum();
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = my - slope * mx;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n",
                sx.applyAsDouble(0),
                sy.applyAsDouble(intercept),
                sx.applyAsDouble(maxX),
                sy.applyAsDouble(intercept + slope * maxX),
                colour));
        StringBuilder points = new StringBuilder();
        for (JsonNode r : rows) {
            double px = sx.applyAsDouble(r.path("profiles").asDouble());
            double py = sy.applyAsDouble(y.applyAsDouble(r));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
            svg.append(String.format(
                    Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", px, py, colour));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\"/></g>\n",
                points.toString().trim(),
                colour));
    }
}
