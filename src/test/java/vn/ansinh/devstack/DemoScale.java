package vn.ansinh.devstack;

import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.devstack.DemoScalePlan.Beneficiary;
import vn.ansinh.devstack.DemoScalePlan.Candidate;
import vn.ansinh.devstack.DemoScalePlan.Target;
import vn.ansinh.devstack.generate.DataGenerator;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The demo communes at the seeds' scale (issue 14 item 9), written set-based: generated people drawn into
 * Tuần Giáo and Quỳ Hợp, then {@link DemoScalePlan}'s beneficiaries as approved cases with their applications
 * and grant decisions (numbered in the issuing unit's sequence, signed by the body competent on the day),
 * their social-security accounts in every state, and a 2026 poverty review derived from 2025's. The year of
 * payrolls and the events that need the app's audit trail come after, through the commands ({@link DemoYear}).
 */
final class DemoScale {

    static final long SEED = 20261203L;
    static final String BY = "demo.scale";

    /**
     * The demo communes' own people, drawn by the generator after {@link DemoData}'s 20,000 in the same run:
     * enough, with a fifth of their households elderly people alone or in couples, for the seeds' beneficiaries
     * to fit their categories by age (about half of social assistance is the social pension, 75 and over).
     */
    static final List<DataGenerator.Focus> PEOPLE = List.of(
            new DataGenerator.Focus(DemoScalePlan.TUAN_GIAO.commune(), 14_000, 0.22),
            new DataGenerator.Focus(DemoScalePlan.QUY_HOP.commune(), 38_000, 0.22));

    private DemoScale() {}

    /** The cases, decisions, accounts and 2026 review of both demo communes; what was drawn, per commune. */
    static Map<String, List<Beneficiary>> cases(DatabaseServer database, DemoRules rules) throws SQLException {
        Map<String, List<Beneficiary>> drawn = new HashMap<>();
        try (Connection c = DriverManager.getConnection(
                GeneratorTarget.withOption(database.jdbcUrl(), "rewriteBatchedStatements=true"),
                database.user(),
                database.password())) {
            c.setAutoCommit(false);
            for (Target target : DemoScalePlan.TARGETS) {
                List<Candidate> candidates = candidates(c, target.commune());
                Set<Long> taken = new HashSet<>();
                List<Beneficiary> all = new ArrayList<>(DemoScalePlan.draw(
                        candidates,
                        DemoScalePlan.MERITORIOUS_MIX,
                        DemoScalePlan.MERITORIOUS_FALLBACK,
                        target.meritorious(),
                        taken,
                        SEED));
                all.addAll(DemoScalePlan.draw(
                        candidates,
                        DemoScalePlan.ASSISTANCE_MIX,
                        DemoScalePlan.ASSISTANCE_FALLBACK,
                        target.socialAssistance(),
                        taken,
                        SEED + 1));
                all.sort(Comparator.comparing((Beneficiary b) ->
                                DemoScalePlan.signingDay(b.decided(), b.person().personId()))
                        .thenComparingLong(b -> b.person().personId()));
                new CaseRows(c, target, rules).write(all);
                accounts(c, target, all);
                drawn.put(target.commune(), all);
                c.commit();
            }
            PovertyReview2026.write(
                    c, DemoScalePlan.TARGETS.stream().map(Target::commune).toList());
            c.commit();
        }
        return drawn;
    }

    /** The living people of the commune without a case, with their household's 2025 review and size. */
    private static List<Candidate> candidates(Connection c, String commune) throws SQLException {
        List<Candidate> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.birth_year, p.sex, r.classification,"
                + " (SELECT COUNT(*) FROM household_member m2 WHERE m2.household_id = m.household_id)"
                + " FROM person p LEFT JOIN household_member m ON m.person_id = p.id"
                + " LEFT JOIN poverty_review r ON r.household_id = m.household_id AND r.review_year = 2025"
                + " WHERE p.commune_code = ? AND p.date_of_death IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM benefit_case b WHERE b.person_id = p.id) ORDER BY p.id")) {
            s.setString(1, commune);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new Candidate(
                            rs.getLong(1),
                            rs.getInt(2),
                            "FEMALE".equals(rs.getString(3)),
                            rs.getString(4),
                            Math.max(1, rs.getInt(5))));
                }
            }
        }
        return list;
    }

    /** Accounts by {@link DemoScalePlan#accountStates}, with one event per step taken, dated before 2025-12. */
    private static void accounts(Connection c, Target target, List<Beneficiary> all) throws SQLException {
        List<Beneficiary> order = new ArrayList<>(all);
        order.sort(Comparator.comparingLong(b -> DemoScalePlan.mixed(b.person().personId(), SEED + 2)));
        List<AccountStatus> states = DemoScalePlan.accountStates(target, order.size());
        String[] banks = {"AGRIBANK", "VIETINBANK", "BIDV", "LPBANK", "VIETCOMBANK", "VIETTELMONEY"};
        try (PreparedStatement account = c.prepareStatement("INSERT INTO ss_account (person_id, status, bank_code,"
                        + " account_no, commune_code, province_code, opened_on, registered_on, verified_on, first_paid_on,"
                        + " closed_on, failed_on, fallback_on, last_step_on, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), ?)");
                PreparedStatement event = c.prepareStatement("INSERT INTO ss_account_event (person_id, from_status,"
                        + " to_status, happened_on, source, actor, recorded_at, note) VALUES (?, ?, ?, ?, 'IMPORT', ?,"
                        + " UTC_TIMESTAMP(6), 'Dữ liệu mẫu')")) {
            for (int i = 0; i < order.size(); i++) {
                AccountStatus status = states.get(i);
                if (status == null) {
                    continue;
                }
                long person = order.get(i).person().personId();
                LocalDate opened =
                        LocalDate.of(2024, 3, 1).plusDays(Math.floorMod(DemoScalePlan.mixed(person, 5), 450));
                List<AccountStatus> path = path(status);
                Map<AccountStatus, LocalDate> on = new EnumMap<>(AccountStatus.class);
                LocalDate day = opened;
                AccountStatus from = null;
                for (AccountStatus step : path) {
                    on.put(step, day);
                    event.setLong(1, person);
                    event.setString(2, from == null ? null : from.name());
                    event.setString(3, step.name());
                    event.setDate(4, Date.valueOf(day));
                    event.setString(5, BY);
                    event.addBatch();
                    from = step;
                    day = day.plusDays(12 + Math.floorMod(DemoScalePlan.mixed(person, day.toEpochDay()), 40));
                }
                boolean holds = on.containsKey(AccountStatus.HAS_ACCOUNT);
                account.setLong(1, person);
                account.setString(2, status.name());
                account.setString(3, holds ? banks[(int) Math.floorMod(person, banks.length)] : null);
                account.setString(
                        4,
                        holds
                                ? String.format(
                                        "89%011d", Math.floorMod(DemoScalePlan.mixed(person, 9), 100_000_000_000L))
                                : null);
                account.setString(5, target.commune());
                account.setString(6, target.province());
                setDate(account, 7, on.get(AccountStatus.HAS_ACCOUNT));
                setDate(account, 8, on.get(AccountStatus.REGISTERED));
                setDate(account, 9, on.get(AccountStatus.VERIFIED));
                setDate(account, 10, on.get(AccountStatus.PAID_VIA_ACCOUNT));
                setDate(account, 11, on.get(AccountStatus.CLOSED));
                setDate(account, 12, on.get(AccountStatus.FAILED));
                setDate(account, 13, on.get(AccountStatus.CASH_FALLBACK));
                setDate(account, 14, on.get(status));
                account.setString(15, BY);
                account.addBatch();
            }
            account.executeBatch();
            event.executeBatch();
        }
    }

    /** The steps that lead to a status, from none (the allowed steps of {@link AccountStatus}). */
    static List<AccountStatus> path(AccountStatus status) {
        return switch (status) {
            case NONE -> List.of(AccountStatus.NONE);
            case HAS_ACCOUNT -> List.of(AccountStatus.HAS_ACCOUNT);
            case REGISTERED -> List.of(AccountStatus.HAS_ACCOUNT, AccountStatus.REGISTERED);
            case VERIFIED -> List.of(AccountStatus.HAS_ACCOUNT, AccountStatus.REGISTERED, AccountStatus.VERIFIED);
            case PAID_VIA_ACCOUNT ->
                List.of(
                        AccountStatus.HAS_ACCOUNT,
                        AccountStatus.REGISTERED,
                        AccountStatus.VERIFIED,
                        AccountStatus.PAID_VIA_ACCOUNT);
            case FAILED ->
                List.of(
                        AccountStatus.HAS_ACCOUNT,
                        AccountStatus.REGISTERED,
                        AccountStatus.VERIFIED,
                        AccountStatus.FAILED);
            case CLOSED -> List.of(AccountStatus.HAS_ACCOUNT, AccountStatus.CLOSED);
            case CASH_FALLBACK ->
                List.of(
                        AccountStatus.HAS_ACCOUNT,
                        AccountStatus.REGISTERED,
                        AccountStatus.VERIFIED,
                        AccountStatus.FAILED,
                        AccountStatus.CASH_FALLBACK);
        };
    }

    private static void setDate(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, java.sql.Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(day));
        }
    }

    /** The application, case and grant decision rows of a commune's beneficiaries, with explicit ids. */
    private static final class CaseRows {
        private final Connection c;
        private final Target target;
        private final DemoRules rules;
        private final Map<String, Long> sequences = new HashMap<>();
        private final SplittableRandom random;

        CaseRows(Connection c, Target target, DemoRules rules) {
            this.c = c;
            this.target = target;
            this.rules = rules;
            this.random = new SplittableRandom(SEED + target.commune().hashCode());
        }

        void write(List<Beneficiary> all) throws SQLException {
            Map<Long, String> names = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, full_name FROM person WHERE commune_code = ?")) {
                s.setString(1, target.commune());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            long applicationId = nextId("application");
            long caseId = nextId("benefit_case");
            long decisionId = nextId("decision");
            try (PreparedStatement application = c.prepareStatement("INSERT INTO application (id, person_id,"
                            + " programme, category, disability_level, details, status, commune_code, province_code,"
                            + " received_on, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'READY', ?, ?,"
                            + " ?, ?, ?, ?)");
                    PreparedStatement benefitCase = c.prepareStatement("INSERT INTO benefit_case (id, application_id,"
                            + " person_id, programme, category, disability_level, commune_code, province_code, status,"
                            + " origin, opened_at, opened_by, submitted_on, submitted_by, decided_on, decided_by,"
                            + " entitled_from, last_reviewed_on, impairment_percent, martyr_count, lives_alone,"
                            + " severe_wounds, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
                            + " 'APPLICATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement decision = c.prepareStatement("INSERT INTO decision (id, case_id, kind,"
                            + " issuing_unit_code, document_symbol, decision_year, sequence_no, number, signed_on,"
                            + " signed_at, signer, signer_name, signer_title, legal_basis, subject, person_id, category,"
                            + " disability_level, coefficient, standard_level, monthly_amount, effective_month,"
                            + " sheet_json) VALUES (?, ?, 'GRANT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?)")) {
                for (Beneficiary b : all) {
                    Facts f = facts(b);
                    LocalDate signed =
                            DemoScalePlan.signingDay(b.decided(), b.person().personId());
                    LocalDate received = signed.minusDays(18);
                    ApprovalAuthority rule = rules.rule(b.category().programme(), signed);
                    Signer signer = Signer.of(rule, target, signed);
                    String key = signer.unit() + "|" + rule.documentSymbol() + "|" + signed.getYear();
                    long sequence = sequences.computeIfAbsent(key, k -> firstSequence(signer.unit(), rule, signed));
                    sequences.put(key, sequence + 1);
                    LocalDateTime signedAt = LocalDateTime.of(signed, LocalTime.of(3, 0));
                    application.setLong(1, applicationId);
                    application.setLong(2, b.person().personId());
                    application.setString(3, b.category().programme().name());
                    application.setString(4, b.category().name());
                    application.setString(5, f.disabilityLevel());
                    application.setString(6, f.details());
                    application.setString(7, target.commune());
                    application.setString(8, target.province());
                    application.setDate(9, Date.valueOf(received));
                    application.setTimestamp(10, Timestamp.valueOf(received.atTime(2, 0)));
                    application.setString(11, BY);
                    application.setTimestamp(12, Timestamp.valueOf(received.atTime(2, 30)));
                    application.addBatch();
                    benefitCase.setLong(1, caseId);
                    benefitCase.setLong(2, applicationId);
                    benefitCase.setLong(3, b.person().personId());
                    benefitCase.setString(4, b.category().programme().name());
                    benefitCase.setString(5, b.category().name());
                    benefitCase.setString(6, f.disabilityLevel());
                    benefitCase.setString(7, target.commune());
                    benefitCase.setString(8, target.province());
                    benefitCase.setTimestamp(9, Timestamp.valueOf(received.atTime(2, 30)));
                    benefitCase.setString(10, BY);
                    benefitCase.setDate(11, Date.valueOf(received.plusDays(1)));
                    benefitCase.setString(12, BY);
                    benefitCase.setDate(13, Date.valueOf(signed));
                    benefitCase.setString(14, signer.username());
                    benefitCase.setDate(15, Date.valueOf(b.decided().atDay(1)));
                    benefitCase.setDate(16, Date.valueOf(signed));
                    setInt(benefitCase, 17, f.impairmentPercent());
                    setInt(benefitCase, 18, f.martyrCount());
                    benefitCase.setBoolean(19, f.livesAlone());
                    benefitCase.setBoolean(20, f.severe());
                    benefitCase.setTimestamp(21, Timestamp.valueOf(signedAt));
                    benefitCase.setString(22, signer.username());
                    benefitCase.addBatch();
                    Amounts amounts = rules.amounts(b, f.disabilityLevel(), target.province());
                    String number = sequence + "/" + rule.documentSymbol();
                    String subject = subject(b.category());
                    decision.setLong(1, decisionId);
                    decision.setLong(2, caseId);
                    decision.setString(3, signer.unit());
                    decision.setString(4, rule.documentSymbol());
                    decision.setInt(5, signed.getYear());
                    decision.setLong(6, sequence);
                    decision.setString(7, number);
                    decision.setDate(8, Date.valueOf(signed));
                    decision.setTimestamp(9, Timestamp.valueOf(signedAt));
                    decision.setString(10, signer.username());
                    decision.setString(11, signer.name());
                    decision.setString(12, rule.signerTitle());
                    decision.setString(13, rule.legalBasis());
                    decision.setString(14, subject);
                    decision.setLong(15, b.person().personId());
                    decision.setString(16, b.category().name());
                    decision.setString(17, f.disabilityLevel());
                    decision.setBigDecimal(18, amounts.coefficient());
                    setLong(decision, 19, amounts.standardLevel());
                    setLong(decision, 20, amounts.monthly());
                    decision.setDate(21, Date.valueOf(b.decided().atDay(1)));
                    decision.setString(
                            22,
                            DemoDecisionSheet.json(
                                    rule,
                                    signer,
                                    number,
                                    signed,
                                    subject,
                                    b,
                                    amounts,
                                    target.commune(),
                                    names.get(b.person().personId())));
                    decision.addBatch();
                    applicationId++;
                    caseId++;
                    decisionId++;
                }
                application.executeBatch();
                benefitCase.executeBatch();
                decision.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit_sequence (unit_code, name, period,"
                    + " next_value) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE next_value = GREATEST(next_value,"
                    + " VALUES(next_value))")) {
                for (Map.Entry<String, Long> e : sequences.entrySet()) {
                    String[] key = e.getKey().split("\\|");
                    s.setString(1, key[0]);
                    s.setString(2, "decision:" + key[1]);
                    s.setInt(3, Integer.parseInt(key[2]));
                    s.setLong(4, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        private long firstSequence(String unit, ApprovalAuthority rule, LocalDate signed) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT next_value FROM unit_sequence WHERE unit_code = ? AND name = ? AND period = ?")) {
                s.setString(1, unit);
                s.setString(2, "decision:" + rule.documentSymbol());
                s.setInt(3, signed.getYear());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 1;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private long nextId(String table) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** The programme's fields of the category, drawn plausibly. */
        private Facts facts(Beneficiary b) {
            Map<ProgrammeField, String> values = new EnumMap<>(ProgrammeField.class);
            String level = null;
            Integer percent = null;
            Integer martyrs = null;
            boolean alone = false;
            boolean severe = false;
            switch (b.category()) {
                case DISABLED -> {
                    level = random.nextDouble() < 0.3 ? "PARTICULARLY_SEVERE" : "SEVERE";
                    values.put(ProgrammeField.DISABILITY_LEVEL, level);
                }
                case CHILD_WITHOUT_SUPPORT ->
                    values.put(
                            ProgrammeField.ORPHAN_STATUS,
                            random.nextDouble() < 0.6 ? "ORPHAN_ONE_PARENT_OTHER_UNABLE" : "ORPHAN_BOTH_PARENTS");
                case YOUTH_IN_EDUCATION -> {
                    values.put(ProgrammeField.ORPHAN_STATUS, "ORPHAN_BOTH_PARENTS");
                    values.put(ProgrammeField.SCHOOL_NAME, "Trường Trung học phổ thông Dân tộc nội trú");
                }
                case SINGLE_PARENT_POOR ->
                    values.put(ProgrammeField.CHILDREN_COUNT, String.valueOf(1 + random.nextInt(3)));
                case WAR_INVALID, WAR_INVALID_CLASS_B, TOXIC_CHEMICAL_VICTIM -> {
                    double u = random.nextDouble();
                    percent = u < 0.45
                            ? 21 + random.nextInt(20)
                            : u < 0.75
                                    ? 41 + random.nextInt(20)
                                    : u < 0.92 ? 61 + random.nextInt(20) : 81 + random.nextInt(20);
                    severe = percent >= 81 && random.nextDouble() < 0.2;
                }
                case SICK_SOLDIER -> {
                    percent = 41 + random.nextInt(random.nextDouble() < 0.9 ? 40 : 60);
                    severe = percent >= 81 && random.nextDouble() < 0.2;
                }
                case MARTYR_RELATIVE -> {
                    double u = random.nextDouble();
                    martyrs = u < 0.9 ? 1 : u < 0.99 ? 2 : 3;
                    alone = b.person().householdSize() == 1 && random.nextDouble() < 0.5;
                    values.put(
                            ProgrammeField.RELATIONSHIP_TO_MERITORIOUS,
                            b.person().birthYear() < 1950 ? "SPOUSE" : "CHILD");
                    values.put(ProgrammeField.MERITORIOUS_PERSON_NAME, "Liệt sĩ (hồ sơ mẫu)");
                }
                case INVALID_RELATIVE -> {
                    alone = b.person().householdSize() == 1 && random.nextDouble() < 0.5;
                    values.put(
                            ProgrammeField.RELATIONSHIP_TO_MERITORIOUS,
                            b.person().birthYear() < 1952 ? "SPOUSE" : "CHILD");
                    values.put(ProgrammeField.MERITORIOUS_PERSON_NAME, "Thương binh (hồ sơ mẫu)");
                }
                default -> {}
            }
            if (percent != null) {
                values.put(ProgrammeField.IMPAIRMENT_PERCENT, String.valueOf(percent));
                values.put(ProgrammeField.SEVERE_WOUNDS, severe ? "YES" : "NO");
            }
            if (martyrs != null) {
                values.put(ProgrammeField.MARTYR_COUNT, String.valueOf(martyrs));
            }
            if (b.category().fields().contains(ProgrammeField.LIVES_ALONE)) {
                values.put(ProgrammeField.LIVES_ALONE, alone ? "YES" : "NO");
            }
            JsonObjectBuilder json = Jsons.createObjectBuilder();
            for (ProgrammeField field : b.category().fields()) {
                String raw = values.get(field);
                if (field.optional() && (raw == null || raw.isBlank())) {
                    continue;
                }
                json.add(field.name(), field.validate(raw));
            }
            return new Facts(
                    level, percent, martyrs, alone, severe, json.build().toString());
        }

        private static String subject(Category category) {
            return switch (category.programme()) {
                case MERITORIOUS_PERSON, MERITORIOUS_RELATIVE -> "Về việc trợ cấp, phụ cấp ưu đãi hằng tháng";
                case SOCIAL_PENSION -> "Về việc hưởng trợ cấp hưu trí xã hội hằng tháng";
                default -> "Về việc trợ cấp xã hội hằng tháng";
            };
        }
    }

    /** The facts of a case drawn for the category. */
    record Facts(
            String disabilityLevel,
            Integer impairmentPercent,
            Integer martyrCount,
            boolean livesAlone,
            boolean severe,
            String details) {}

    /** The amounts a grant decision states (coefficient-priced programmes only; null for the annex-priced). */
    record Amounts(java.math.BigDecimal coefficient, Long standardLevel, Long monthly) {}

    /**
     * Who signs for a level on a day: the Tuần Giáo or Quỳ Hợp district chairman before 1 Jul 2025, the commune
     * chairman after; the provincial department's director for meritorious people.
     */
    record Signer(String unit, String username, String name) {

        static Signer of(ApprovalAuthority rule, Target target, LocalDate day) {
            boolean tuanGiao = target == DemoScalePlan.TUAN_GIAO;
            return switch (rule.level()) {
                case COMMUNE ->
                    tuanGiao
                            ? new Signer(target.commune(), "approver.tuangiao", "Quàng Văn Bình")
                            : new Signer(target.commune(), "approver.quyhop", "Vi Văn Sơn");
                case DISTRICT ->
                    tuanGiao
                            ? new Signer("099", "approver.huyentuangiao", "Lò Văn Mừng")
                            : new Signer("420", "approver.huyenquyhop", "Sầm Văn Hùng");
                default ->
                    tuanGiao
                            ? new Signer(target.province(), "approver.dienbien", "Nguyễn Văn Hải")
                            : new Signer(target.province(), "approver.nghean", "Trần Văn Quang");
            };
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
