package vn.ansinh.devstack;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.PovertyStandard;

/**
 * The 2026 poverty review of the demo communes, derived from 2025's for the same households: income per
 * head moved by a year's change drawn per household (most a little up, some down), each deprivation resolved
 * or newly found now and then, and the class computed by the app's {@link PovertyStandard#classify} with the
 * 2025 class as the previous one, so that escaped (NEWLY_ESCAPED), newly poor and unchanged households come
 * out of the rule, not a script. Deterministic: one random stream per household id.
 */
final class PovertyReview2026 {

    static final int YEAR = 2026;

    private record Line(long id, PovertyStandard standard) {}

    /** One household's change from 2025 to 2026 (pure: the unit test runs it without a database). */
    record Review(long income, Deprivations deprivations, PovertyClassification classification) {}

    private PovertyReview2026() {}

    static Review next(
            long householdId, long income2025, int mask2025, PovertyClassification class2025, PovertyStandard line) {
        SplittableRandom random = new SplittableRandom(DemoScalePlan.mixed(householdId, YEAR));
        double change = Math.exp(0.05 + random.nextGaussian() * 0.16);
        long income = Math.max(300_000, Math.round(income2025 * change / 10_000) * 10_000);
        int mask = mask2025;
        for (int bit = 0; bit < 12; bit++) {
            boolean deprived = (mask & (1 << bit)) != 0;
            if (deprived && random.nextDouble() < 0.2) {
                mask &= ~(1 << bit);
            } else if (!deprived && random.nextDouble() < 0.015) {
                mask |= 1 << bit;
            }
        }
        Deprivations deprivations = Deprivations.fromMask(mask);
        return new Review(income, deprivations, line.classify(income, deprivations, class2025));
    }

    static int write(Connection c, List<String> communes) throws SQLException {
        Map<Area, Line> lines = lines(c);
        List<Object[]> rows = new ArrayList<>();
        String in = String.join(",", communes.stream().map(x -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("SELECT r.household_id, r.income_per_capita, r.deprivations,"
                + " r.classification, h.area FROM poverty_review r JOIN household h ON h.id = r.household_id"
                + " WHERE r.review_year = 2025 AND h.commune_code IN (" + in + ") ORDER BY r.household_id")) {
            for (int i = 0; i < communes.size(); i++) {
                s.setString(i + 1, communes.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Line line = lines.get(Area.valueOf(rs.getString(5)));
                    long household = rs.getLong(1);
                    Review review = next(
                            household,
                            rs.getLong(2),
                            rs.getInt(3),
                            PovertyClassification.valueOf(rs.getString(4)),
                            line.standard());
                    rows.add(new Object[] {household, review, line.id()});
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO poverty_review (household_id, review_year,"
                + " income_per_capita, deprivations, deprivation_count, classification, standard_id, reviewed_on,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))")) {
            for (Object[] row : rows) {
                long household = (Long) row[0];
                Review review = (Review) row[1];
                s.setLong(1, household);
                s.setInt(2, YEAR);
                s.setLong(3, review.income());
                s.setInt(4, review.deprivations().mask());
                s.setInt(5, review.deprivations().count());
                s.setString(6, review.classification().name());
                s.setLong(7, (Long) row[2]);
                s.setDate(8, Date.valueOf(LocalDate.of(YEAR, 9, 1).plusDays(Math.floorMod(household * 7, 80))));
                s.setString(9, DemoScale.BY);
                s.addBatch();
            }
            s.executeBatch();
        }
        return rows.size();
    }

    private static Map<Area, Line> lines(Connection c) throws SQLException {
        Map<Area, Line> lines = new EnumMap<>(Area.class);
        try (PreparedStatement s = c.prepareStatement("SELECT id, first_year, last_year, area, income_ceiling,"
                + " average_ceiling, min_deprivations_poor, legal_basis FROM poverty_standard"
                + " WHERE first_year <= ? AND last_year >= ?")) {
            s.setInt(1, YEAR);
            s.setInt(2, YEAR);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long average = rs.getLong(6);
                    Long averageCeiling = rs.wasNull() ? null : average;
                    Area area = Area.valueOf(rs.getString(4));
                    lines.put(
                            area,
                            new Line(
                                    rs.getLong(1),
                                    new PovertyStandard(
                                            rs.getInt(2),
                                            rs.getInt(3),
                                            area,
                                            rs.getLong(5),
                                            averageCeiling,
                                            rs.getInt(7),
                                            rs.getString(8))));
                }
            }
        }
        return lines;
    }
}
