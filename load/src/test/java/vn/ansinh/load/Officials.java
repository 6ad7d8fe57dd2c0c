package vn.ansinh.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated officials: read once from the benchmark database (communes with beneficiaries, some of their people
 * and cases, the national payroll run), then created in Keycloak through its admin API with a role and a
 * {@code unit_code} attribute, as realm-config/ansinh-realm.json gives the demo users theirs. Creating is idempotent:
 * an existing user is left as it is (same password), so a second run reuses them.
 *
 * <p>Settings (environment): {@code LOAD_DB_URL} (default {@code jdbc:mysql://127.0.0.1:3306/ansinh_bench}),
 * {@code LOAD_DB_USER} (root), {@code LOAD_DB_PASSWORD} (empty), {@code LOAD_KEYCLOAK_URL}
 * ({@code http://127.0.0.1:8180}), {@code LOAD_KEYCLOAK_ADMIN}/{@code LOAD_KEYCLOAK_ADMIN_PASSWORD} (the dev
 * stack's {@code kcadmin}/{@code kcadmin-dev}).
 */
final class Officials {

    static final String PASSWORD = "Load@2026";

    /** Dossiers waiting per commune official: drafts to submit, submitted cases to approve (LOAD_WORK). */
    static final int WORK = Integer.parseInt(env("LOAD_WORK", "12"));

    /** One simulated official and the records of their unit they work on. */
    record Official(
            String username,
            String role,
            String unit,
            String home,
            List<Long> personIds,
            List<String> personalIds,
            List<String> names,
            List<Long> caseIds,
            String province,
            long payrollRunId,
            List<Long> workIds) {

        Map<String, Object> session() {
            Map<String, Object> s = new HashMap<>();
            s.put("username", username);
            s.put("password", PASSWORD);
            s.put("role", role);
            s.put("home", home);
            s.put("unit", unit);
            s.put("province", province);
            s.put("personIds", personIds);
            s.put("personalIds", personalIds);
            s.put("names", names);
            s.put("caseIds", caseIds);
            s.put("payrollRunId", payrollRunId);
            s.put("workIds", workIds);
            s.put("workDone", 0);
            return s;
        }
    }

    private Officials() {}

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /**
     * {@code count} officials: 70 % commune officers, 15 % approvers (commune), 10 % province auditors, 5 % national
     * auditors, each commune official in a different commune with beneficiaries.
     */
    static List<Official> prepare(int count) {
        int officers = Math.round(count * 0.70f);
        int approvers = Math.round(count * 0.15f);
        int provincial = Math.round(count * 0.10f);
        int national = count - officers - approvers - provincial;
        List<Official> officials = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                        env("LOAD_DB_URL", "jdbc:mysql://127.0.0.1:3306/ansinh_bench"),
                        env("LOAD_DB_USER", "root"),
                        env("LOAD_DB_PASSWORD", ""));
                Statement s = c.createStatement()) {
            long run = single(s, "SELECT COALESCE(MAX(id), 0) FROM payroll_run WHERE unit_code = 'VN'");
            List<String> communes = new ArrayList<>();
            // communes spread over the country: every n-th commune with bench beneficiaries
            try (ResultSet r = s.executeQuery("SELECT commune_code FROM benefit_case WHERE opened_by = 'bench'"
                    + " GROUP BY commune_code HAVING COUNT(*) >= 30 ORDER BY commune_code")) {
                while (r.next()) {
                    communes.add(r.getString(1));
                }
            }
            int needed = officers + approvers;
            if (communes.size() < needed) {
                throw new IllegalStateException("The benchmark database has " + communes.size()
                        + " communes with 30 beneficiaries; " + needed + " needed (run bench-payroll first)");
            }
            try (PreparedStatement people = c.prepareStatement(
                    "SELECT p.id, p.personal_id, p.full_name, bc.id, p.province_code FROM benefit_case bc"
                            + " JOIN person p ON p.id = bc.person_id"
                            + " WHERE bc.commune_code = ? AND bc.opened_by = 'bench' AND p.personal_id IS NOT NULL"
                            + " ORDER BY bc.id LIMIT 20")) {
                for (int i = 0; i < needed; i++) {
                    String commune = communes.get((int) ((long) i * communes.size() / needed));
                    boolean officer = i < officers;
                    String role = officer ? "commune-officer" : "approver";
                    String name = (officer ? "load.officer." : "load.approver.") + commune;
                    officials.add(withWork(c, records(people, commune, name, role, officer ? "/officer/home.xhtml"
                            : "/approver/home.xhtml", run), WORK));
                }
            }
            List<String> provinces = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT DISTINCT province_code FROM benefit_case WHERE opened_by = 'bench' ORDER BY 1")) {
                while (r.next()) {
                    provinces.add(r.getString(1));
                }
            }
            try (PreparedStatement people = c.prepareStatement(
                    "SELECT p.id, p.personal_id, p.full_name, bc.id, p.province_code FROM benefit_case bc"
                            + " JOIN person p ON p.id = bc.person_id"
                            + " WHERE bc.province_code = ? AND bc.opened_by = 'bench' AND p.personal_id IS NOT NULL"
                            + " ORDER BY bc.id LIMIT 20")) {
                for (int i = 0; i < provincial + national; i++) {
                    String province = provinces.get(i % provinces.size());
                    boolean nationalUser = i >= provincial;
                    String unit = nationalUser ? "VN" : province;
                    String name = nationalUser ? "load.national." + i : "load.auditor." + province + "." + i;
                    Official o = records(people, province, name, "auditor", "/auditor/home.xhtml", run);
                    officials.add(new Official(o.username(), o.role(), unit, o.home(), o.personIds(),
                            o.personalIds(), o.names(), o.caseIds(), province, run, List.of()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the benchmark database", e);
        }
        new KeycloakUsers().ensure(officials);
        return officials;
    }

    private static Official records(PreparedStatement people, String unit, String username, String role, String home,
            long run) throws SQLException {
        List<Long> personIds = new ArrayList<>();
        List<String> personalIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> caseIds = new ArrayList<>();
        String province = null;
        people.setString(1, unit);
        try (ResultSet r = people.executeQuery()) {
            while (r.next()) {
                personIds.add(r.getLong(1));
                personalIds.add(r.getString(2));
                names.add(r.getString(3));
                caseIds.add(r.getLong(4));
                province = r.getString(5);
            }
        }
        if (personIds.isEmpty()) {
            throw new IllegalStateException("No bench beneficiary in " + unit);
        }
        return new Official(username, role, unit, home, personIds, personalIds, names, caseIds, province, run,
                List.of());
    }

    /** Dossiers created for this run by the seeding: {@code created_by} of their applications. */
    static final String SEED = "load.seed";

    /**
     * The work an official's unit has waiting, created for this run from the commune's benchmark dossiers (a disabled
     * person's social assistance, decided at the commune): for an officer, {@code count} draft applications with one
     * document each, which the officer submits ("Hoàn tất hồ sơ và trình"); for an approver, {@code count} cases
     * submitted for decision, which the approver approves. Earlier runs' seeded work that is still waiting is reused.
     */
    static Official withWork(Connection c, Official o, int count) throws SQLException {
        boolean officer = o.role().equals("commune-officer");
        String waiting = officer
                ? "SELECT a.id FROM application a WHERE a.commune_code = ? AND a.created_by = '" + SEED + "'"
                        + " AND a.status = 'DRAFT' ORDER BY a.id"
                : "SELECT bc.id FROM benefit_case bc JOIN application a ON a.id = bc.application_id"
                        + " WHERE bc.commune_code = ? AND a.created_by = '" + SEED + "' AND bc.status = 'SUBMITTED'"
                        + " ORDER BY bc.id";
        List<Long> ids = ids(c, waiting, o.unit());
        if (ids.size() < count) {
            seed(c, o.unit(), count - ids.size(), officer);
            ids = ids(c, waiting, o.unit());
        }
        return new Official(o.username(), o.role(), o.unit(), o.home(), o.personIds(), o.personalIds(), o.names(),
                o.caseIds(), o.province(), o.payrollRunId(), ids);
    }

    private static void seed(Connection c, String commune, int count, boolean officer) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TEMPORARY TABLE IF EXISTS load_seeded");
            s.execute("CREATE TEMPORARY TABLE load_seeded (id BIGINT PRIMARY KEY)");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO application (person_id, programme, category, disability_level, details, status,"
                            + " commune_code, province_code, received_on, created_at, created_by, updated_at)"
                            + " SELECT a.person_id, a.programme, a.category, a.disability_level, a.details, ?,"
                            + " a.commune_code, a.province_code, UTC_DATE(), UTC_TIMESTAMP(6), '" + SEED + "',"
                            + " UTC_TIMESTAMP(6) FROM application a WHERE a.commune_code = ? AND a.created_by = 'bench'"
                            + " AND a.programme = 'SOCIAL_ASSISTANCE' AND a.category = 'DISABLED' ORDER BY a.id LIMIT ?")) {
                insert.setString(1, officer ? "DRAFT" : "READY");
                insert.setString(2, commune);
                insert.setInt(3, count);
                insert.executeUpdate();
            }
            try (PreparedStatement fresh = c.prepareStatement(
                    "INSERT INTO load_seeded SELECT a.id FROM application a LEFT JOIN benefit_case bc"
                            + " ON bc.application_id = a.id LEFT JOIN application_document d ON d.application_id = a.id"
                            + " WHERE a.commune_code = ? AND a.created_by = '" + SEED + "' AND bc.id IS NULL"
                            + " AND d.id IS NULL")) {
                fresh.setString(1, commune);
                fresh.executeUpdate();
            }
            s.executeUpdate("INSERT INTO application_document (application_id, kind, file_name, media_type, size_bytes,"
                    + " sha256, uploaded_at, uploaded_by) SELECT id, 'APPLICATION_FORM', 'don-de-nghi.pdf',"
                    + " 'application/pdf', 1024, SHA2(CONCAT('load', id), 256), UTC_TIMESTAMP(6), '" + SEED + "'"
                    + " FROM load_seeded");
            if (!officer) {
                s.executeUpdate("INSERT INTO benefit_case (application_id, person_id, programme, category,"
                        + " disability_level, commune_code, province_code, status, origin, opened_at, opened_by,"
                        + " submitted_on, submitted_by, due_on, updated_at, updated_by)"
                        + " SELECT a.id, a.person_id, a.programme, a.category, a.disability_level, a.commune_code,"
                        + " a.province_code, 'SUBMITTED', 'APPLICATION', UTC_TIMESTAMP(6), '" + SEED + "', UTC_DATE(),"
                        + " '" + SEED + "', UTC_DATE() + INTERVAL 20 DAY, UTC_TIMESTAMP(6), '" + SEED + "'"
                        + " FROM application a JOIN load_seeded l ON l.id = a.id");
            }
            s.execute("DROP TEMPORARY TABLE load_seeded");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static List<Long> ids(Connection c, String sql, String commune) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, commune);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How much of the seeded work was done: applications submitted (READY), cases approved (APPROVED or ACTIVE). */
    static String workDone() {
        try (Connection c = DriverManager.getConnection(
                        env("LOAD_DB_URL", "jdbc:mysql://127.0.0.1:3306/ansinh_bench"),
                        env("LOAD_DB_USER", "root"),
                        env("LOAD_DB_PASSWORD", ""));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT"
                        + " SUM(a.status = 'READY' AND bc.submitted_by <> '" + SEED + "'),"
                        + " SUM(bc.status IN ('APPROVED', 'ACTIVE') AND bc.submitted_by = '" + SEED + "'),"
                        + " SUM(a.status = 'DRAFT'), SUM(bc.status = 'SUBMITTED')"
                        + " FROM application a LEFT JOIN benefit_case bc ON bc.application_id = a.id"
                        + " WHERE a.created_by = '" + SEED + "'")) {
            r.next();
            return String.format("Seeded work (all runs so far): %d dossiers submitted by officers, %d cases approved by"
                    + " approvers; still waiting: %d drafts, %d submitted cases", r.getLong(1), r.getLong(2),
                    r.getLong(3), r.getLong(4));
        } catch (SQLException e) {
            return "Seeded work: could not be counted (" + e.getMessage() + ")";
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The realm's users through Keycloak's admin REST API. */
    static final class KeycloakUsers {
        private final String url = env("LOAD_KEYCLOAK_URL", "http://127.0.0.1:8180");
        private final HttpClient http = HttpClient.newHttpClient();
        private String token;

        void ensure(List<Official> officials) {
            token = token();
            int created = 0;
            for (Official o : officials) {
                String users = url + "/admin/realms/ansinh/users";
                String found = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + enc(o.username())))
                        .GET());
                if (found.contains("\"username\"")) {
                    continue;
                }
                String json = "{\"username\":\"" + o.username() + "\",\"enabled\":true,\"emailVerified\":true,"
                        + "\"firstName\":\"Tải\",\"lastName\":\"Thử\",\"email\":\"" + o.username() + "@load.example\","
                        + "\"attributes\":{\"unit_code\":[\"" + o.unit() + "\"]},"
                        + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}";
                send(HttpRequest.newBuilder(URI.create(users))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
                String id = id(send(HttpRequest.newBuilder(
                                URI.create(users + "?exact=true&username=" + enc(o.username())))
                        .GET()));
                String role = send(HttpRequest.newBuilder(URI.create(url + "/admin/realms/ansinh/roles/" + o.role()))
                        .GET());
                send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
                created++;
                if (created % 50 == 0) {
                    token = token(); // the admin token lives 60 s
                }
            }
            System.out.printf("Keycloak: %d officials, %d created now%n", officials.size(), created);
        }

        private String token() {
            String form = "grant_type=password&client_id=admin-cli&username="
                    + enc(env("LOAD_KEYCLOAK_ADMIN", "kcadmin")) + "&password="
                    + enc(env("LOAD_KEYCLOAK_ADMIN_PASSWORD", "kcadmin-dev"));
            token = null;
            String body = send(HttpRequest.newBuilder(
                            URI.create(url + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("No admin token from Keycloak: " + body);
            }
            return m.group(1);
        }

        private static String id(String json) {
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("No user id in " + json);
            }
            return m.group(1);
        }

        private String send(HttpRequest.Builder request) {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException(
                            "Keycloak admin API: " + response.statusCode() + " " + response.body());
                }
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak unreachable at " + url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
