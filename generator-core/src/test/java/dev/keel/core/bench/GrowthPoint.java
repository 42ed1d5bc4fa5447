package dev.keel.core.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Keel's generation time for one contract of a known size, and the least-squares line through them all. */
record GrowthPoint(Path spec, long size, long millis) {

    static String table(List<GrowthPoint> points) {
        StringBuilder out = new StringBuilder("### Keel generation time against contract size\n\n")
                .append("| spec | operations + schemas | median ms | µs per item |\n|---|---:|---:|---:|\n");
        points.stream().sorted(Comparator.comparingLong(GrowthPoint::size)).forEach(p -> out.append("| ")
                .append(p.spec().getFileName()).append(" | ").append(p.size()).append(" | ").append(p.millis())
                .append(" | ").append(p.size() == 0 ? "n/a" : Long.toString(p.millis() * 1000 / p.size())).append(" |\n"));
        if (points.size() >= 2) {
            out.append('\n').append(fit(points)).append('\n');
        }
        return out.toString();
    }

    /** Ordinary least squares of time on size; R² near 1 means the growth is linear. */
    static String fit(List<GrowthPoint> points) {
        int n = points.size();
        double meanX = points.stream().mapToDouble(GrowthPoint::size).average().orElse(0);
        double meanY = points.stream().mapToDouble(GrowthPoint::millis).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (GrowthPoint p : points) {
            sxy += (p.size() - meanX) * (p.millis() - meanY);
            sxx += (p.size() - meanX) * (p.size() - meanX);
            syy += (p.millis() - meanY) * (p.millis() - meanY);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = meanY - slope * meanX;
        double rSquared = sxx == 0 || syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return String.format("Least-squares fit over %d points: time ≈ %.0f ms + %.3f ms × size, R² = %.4f.",
                n, intercept, slope, rSquared);
    }
}
