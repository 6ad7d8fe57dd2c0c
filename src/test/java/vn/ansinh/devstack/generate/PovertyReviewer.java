package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.ansinh.devstack.generate.Rows.ReviewRow;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PovertyStandard;

/**
 * The yearly poverty review (rà soát) of a share of households: income per head drawn around an
 * area median (lower in the uplands and among ethnic minorities), the 12 deprivation indicators more
 * often deprived the poorer the household, and the classification computed by the app's
 * {@link PovertyStandard#classify} with the poverty line of that year and area.
 */
final class PovertyReviewer {

    static final int REVIEW_YEAR = 2025;
    private static final double SHARE_REVIEWED = 0.45;

    private record Line(long id, PovertyStandard standard, long incomeCeiling) {}

    private final Map<Area, Line> lines;

    private PovertyReviewer(Map<Area, Line> lines) {
        this.lines = lines;
    }

    static PovertyReviewer load(Connection connection) throws SQLException {
        Map<Area, Line> lines = new EnumMap<>(Area.class);
        try (PreparedStatement s =
                connection.prepareStatement("select id, first_year, last_year, area, income_ceiling, "
                        + "average_ceiling, min_deprivations_poor, legal_basis from poverty_standard "
                        + "where first_year <= ? and last_year >= ?")) {
            s.setInt(1, REVIEW_YEAR);
            s.setInt(2, REVIEW_YEAR);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Area area = Area.valueOf(rs.getString(4));
                    long average = rs.getLong(6);
                    // read at once: wasNull() speaks of the last column read
                    Long averageCeiling = rs.wasNull() ? null : average;
                    PovertyStandard standard = new PovertyStandard(
                            rs.getInt(2),
                            rs.getInt(3),
                            area,
                            rs.getLong(5),
                            averageCeiling,
                            rs.getInt(7),
                            rs.getString(8));
                    lines.put(area, new Line(rs.getLong(1), standard, rs.getLong(5)));
                }
            }
        }
        if (lines.size() != Area.values().length) {
            throw new IllegalStateException("poverty_standard has no line for " + REVIEW_YEAR + " in every area");
        }
        return new PovertyReviewer(lines);
    }

    /** A review of the household, or null for a household not reviewed this year. */
    ReviewRow review(long id, long householdId, Commune commune, Ethnicity ethnicity, RandomGenerator random) {
        if (random.nextDouble() >= SHARE_REVIEWED) {
            return null;
        }
        Line line = lines.get(commune.area());
        double median = (commune.area() == Area.URBAN ? 4_500_000 : 3_000_000)
                * (commune.profile().uplands() ? 0.55 : 1.0)
                * (ethnicity == Ethnicity.KINH ? 1.0 : 0.7);
        long income = Math.max(300_000, Math.round(median * Math.exp(random.nextGaussian() * 0.55) / 10_000) * 10_000);
        double deprivedShare =
                income <= line.incomeCeiling() ? 0.18 : income <= line.incomeCeiling() * 3 / 2 ? 0.12 : 0.04;
        int mask = 0;
        for (int bit = 0; bit < 12; bit++) {
            if (random.nextDouble() < deprivedShare) {
                mask |= 1 << bit;
            }
        }
        Deprivations deprivations = Deprivations.fromMask(mask);
        String classification =
                line.standard().classify(income, deprivations, null).name();
        LocalDate reviewedOn = LocalDate.of(REVIEW_YEAR, 9, 1).plusDays(random.nextInt(100));
        return new ReviewRow(
                id,
                householdId,
                REVIEW_YEAR,
                income,
                deprivations.mask(),
                deprivations.count(),
                classification,
                line.id(),
                reviewedOn);
    }
}
