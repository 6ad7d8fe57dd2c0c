package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * V22 loaded every row of the typed annex tables (src/test/resources/ncc-rates, copies of the shared data)
 * with the same amount, traced to its source row; the rows the data's README doubts are PENDING, the rest
 * CONFIRMED by "migration" from 00:00 in Vietnam of their first day; the V8 stand-ins no longer count.
 */
class AnnexRatesMigrationIT {

    private final TestDatabase db = MigratedDatabase.get().jdbc();

    /** The source rows the data's README lists under "Doubts" (and the 2024 one-time rows, doubt 6). */
    private static boolean doubted(String file, String date, String code, String percent) {
        return file.equals("annex-1-monthly.csv") && date.equals("2021-07-01") && code.equals("PRE1945_NON_FULLTIME")
                || code.equals("HERO_ALLOWANCE")
                || code.startsWith("INJURED_") && !date.equals("2024-07-01") // PL VI of 2021 and 2023
                || code.equals("WAR_INVALID_CLASS_B") && "55".equals(percent)
                || file.equals("one-time-multiples.csv") && date.equals("2024-07-01");
    }

    @Test
    void everyRowOfTheThreeFilesIsLoadedWithItsAmountAndTheDoubtedOnesArePending() throws Exception {
        Map<String, Map<String, Object>> loaded = loaded();
        Set<String> seen = new TreeSet<>();
        int doubts = 0;
        for (List<String> r : csv("invalid-monthly.csv")) {
            String ref = "invalid-monthly.csv:" + r.get(0) + ":" + r.get(1) + ":" + r.get(2);
            Map<String, Object> row = loaded.get(ref);
            assertThat(row).as(ref).isNotNull();
            assertThat(((Number) row.get("amount")).longValue()).as(ref).isEqualTo(Long.parseLong(r.get(3)));
            assertThat(((Number) row.get("impairment_percent")).intValue())
                    .as(ref)
                    .isEqualTo(Integer.parseInt(r.get(2)));
            assertThat(row.get("row_code")).isEqualTo(r.get(1));
            assertThat(row.get("effective_from").toString()).isEqualTo(r.get(0));
            doubts += checkStatus(row, ref, doubted("invalid-monthly.csv", r.get(0), r.get(1), r.get(2)));
            seen.add(ref);
        }
        for (List<String> r : csv("annex-1-monthly.csv")) {
            String ref = "annex-1-monthly.csv:" + r.get(0) + ":" + r.get(1);
            Map<String, Object> row = loaded.get(ref);
            assertThat(row).as(ref).isNotNull();
            assertThat(((Number) row.get("amount")).longValue()).as(ref).isEqualTo(Long.parseLong(r.get(4)));
            assertThat(row.get("kind")).as(ref).isEqualTo(r.get(5));
            assertThat(row.get("description_vi")).as(ref).isEqualTo(r.get(2));
            doubts += checkStatus(row, ref, doubted("annex-1-monthly.csv", r.get(0), r.get(1), null));
            seen.add(ref);
        }
        for (List<String> r : csv("one-time-multiples.csv")) {
            String ref = "one-time-multiples.csv:" + r.get(0) + ":" + r.get(1);
            Map<String, Object> row = loaded.get(ref);
            assertThat(row).as(ref).isNotNull();
            assertThat(row.get("amount")).as(ref).isNull();
            assertThat(new java.math.BigDecimal(row.get("multiple_of_standard").toString()))
                    .as(ref)
                    .isEqualByComparingTo(new java.math.BigDecimal(r.get(3)));
            doubts += checkStatus(row, ref, doubted("one-time-multiples.csv", r.get(0), r.get(1), null));
            seen.add(ref);
        }
        assertThat(seen).hasSize(480 + 156 + 48);
        assertThat(loaded.keySet())
                .as("nothing loaded that is not in the files")
                .isEqualTo(seen);
        assertThat(doubts)
                .as("1 + 3 heroes + 3 + 3 PL VI + 3 class-B 55% + 16 one-time of 2024")
                .isEqualTo(29);
    }

    @Test
    void theStandInCoefficientsOfV8ForMeritoriousPeopleNoLongerCount() {
        assertThat(db.countOf(
                        "select count(*) from benefit_coefficient where category in ('HEROIC_MOTHER', 'WAR_INVALID',"
                                + " 'MARTYR_RELATIVE', 'SICK_SOLDIER') and status = 'CONFIRMED'"))
                .isZero();
        assertThat(db.countOf(
                        "select count(*) from benefit_coefficient where category = 'WAR_INVALID' and status = 'SUPERSEDED'"
                                + " and superseded_at is not null"))
                .isEqualTo(1);
        assertThat(
                        db.countOf(
                                "select count(*) from benefit_coefficient where category = 'DISABLED' and status = 'CONFIRMED'"))
                .as("social assistance untouched")
                .isEqualTo(6);
    }

    private static int checkStatus(Map<String, Object> row, String ref, boolean doubted) {
        assertThat(row.get("status")).as(ref).isEqualTo(doubted ? "PENDING" : "CONFIRMED");
        assertThat(row.get("created_by")).as(ref).isEqualTo("migration");
        if (doubted) {
            assertThat(row.get("confirmed_at")).as(ref).isNull();
            assertThat(row.get("doubt")).as(ref).isNotNull();
        } else {
            assertThat(row.get("confirmed_by")).as(ref).isEqualTo("migration");
            assertThat(row.get("confirmed_at"))
                    .as("00:00 in Vietnam, " + ref)
                    .isEqualTo(
                            java.time.LocalDate.parse(row.get("effective_from").toString())
                                    .minusDays(1)
                                    .atTime(17, 0));
        }
        assertThat(row.get("legal_basis").toString()).as(ref).startsWith("Nghị định số ");
        assertThat(row.get("document_number")).as(ref).isNotNull();
        return doubted ? 1 : 0;
    }

    private Map<String, Map<String, Object>> loaded() throws SQLException {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("select * from annex_rate where created_by = 'migration'");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                assertThat(rows.put(rs.getString("source_ref"), row))
                        .as("one row per source row")
                        .isNull();
            }
        }
        return rows;
    }

    /** The data rows of a CSV file (RFC 4180 quotes, no line breaks inside fields), without the header. */
    static List<List<String>> csv(String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AnnexRatesMigrationIT.class.getResourceAsStream("/ncc-rates/" + name), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char ch = line.charAt(i);
                    if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = !quoted;
                    } else if (ch == ',' && !quoted) {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(ch);
                    }
                }
                fields.add(field.toString());
                rows.add(fields);
            }
        }
        return rows;
    }
}
