package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.registry.application.ImportFiles.person;
import static vn.ansinh.registry.application.ImportFiles.review;
import static vn.ansinh.registry.application.ImportFiles.with;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.ImportColumn;
import vn.ansinh.registry.application.ImportFiles;
import vn.ansinh.registry.application.ImportPersonsCommand;
import vn.ansinh.registry.application.ImportReport;
import vn.ansinh.registry.application.ImportSummary;
import vn.ansinh.registry.application.PersonImportParser;
import vn.ansinh.registry.application.RecordPovertyReviewCommand;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * The bulk import against the real database: a checked file becomes people, households, members,
 * reviews, suspected duplicates and one audit row in one transaction; a personal ID registered in
 * between, or an officer of another commune, leaves everything as it was.
 */
class PersonImportIT {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final int THRESHOLD = 75;
    private static final Actor OFFICER_TUAN_GIAO = actor("officer.tuangiao", "03253");
    private static final Actor OFFICER_QUY_HOP = actor("officer.quyhop", "17035");
    private static final List<String> WRITTEN_TABLES =
            List.of("person", "household", "household_member", "poverty_review", "duplicate_suspect", "unit_sequence");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private CommandRunner runner;
    private Residence tuanGiao;

    @BeforeEach
    void openPersistenceContext() {
        em = db.emf().createEntityManager();
        AdminUnitTree units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        AdminUnit commune = units.currentCommune(AdminUnitCode.of("03253")).orElseThrow();
        tuanGiao = Residence.of(commune, units.parentOf(commune).orElseThrow());
        runner = new CommandRunner(
                em, units::covers, Transactions.denialsInOwnTransaction(db.emf()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        Transactions.rollbackIfActive(em);
        em.close();
    }

    @Test
    void aCheckedFileBecomesPeopleHouseholdsMembersReviewsSuspectsAndOneAuditRow() throws SQLException {
        Person alreadyRegistered = register("Lò Văn Thanh", PartialDate.of(1948), Sex.MALE, null);
        long auditRows = db.jdbc().count("audit_record");
        byte[] file = ImportFiles.withTemplateHeaders()
                .row(review(
                        with(
                                person(1, "Lò Văn Thành", "15/03/1948", "Nam", "Thái", "011048001234", "H01", "Chủ hộ"),
                                ImportColumn.ADDRESS,
                                "Bản Co Sản"),
                        2025,
                        1_200_000,
                        ImportColumn.EMPLOYMENT,
                        ImportColumn.HEALTH_INSURANCE,
                        ImportColumn.DOMESTIC_WATER))
                .row(person(2, "Lò Thị Hoa", "03/1952", "Nữ", "Thái", "011152000321", "H01", "Vợ/chồng"))
                .row(person(3, "Lò Văn Nam", LocalDate.of(2010, 5, 15), "Nam", "03", "011210000123", "H01", "Con"))
                .row(review(
                        person(4, "Nguyễn Văn An", "1975", "Nam", "Kinh", null, "H02", "Chủ hộ"), 2025, "2.000.000"))
                .bytes();

        ImportReport report = check("ra-soat-2025.xlsx", file);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.cell()).isEqualTo("B2");
            assertThat(w.messageKey()).isEqualTo("import.warning.possibleDuplicates");
            assertThat(w.arguments()).containsExactly(1, "Lò Văn Thanh (1948, 03253)");
        });

        ImportSummary summary = inTransaction(
                () -> runner.run(OFFICER_TUAN_GIAO, ImportPersonsCommand.of(tuanGiao, report, THRESHOLD)));

        assertThat(summary.persons()).isEqualTo(4);
        assertThat(summary.households()).isEqualTo(2);
        assertThat(summary.reviews()).isEqualTo(2);
        assertThat(summary.duplicateSuspects()).isEqualTo(1);
        // ids in the range, not in file order: EclipseLink inserts a transaction's new rows in its own order
        List<Map<String, Object>> people = rows(
                "select id, full_name, birth_year, birth_month, birth_day, sex, ethnicity, "
                        + "personal_id, commune_code, province_code, address, created_by from person where id between ? and ? "
                        + "order by birth_year",
                summary.firstPersonId(),
                summary.lastPersonId());
        assertThat(people)
                .extracting(
                        p -> p.get("full_name"),
                        p -> p.get("personal_id"),
                        p -> p.get("commune_code"),
                        p -> p.get("created_by"))
                .containsExactly(
                        tuple("Lò Văn Thành", "011048001234", "03253", "officer.tuangiao"),
                        tuple("Lò Thị Hoa", "011152000321", "03253", "officer.tuangiao"),
                        tuple("Nguyễn Văn An", null, "03253", "officer.tuangiao"),
                        tuple("Lò Văn Nam", "011210000123", "03253", "officer.tuangiao"));
        assertThat(people.get(0))
                .containsEntry("address", "Bản Co Sản")
                .containsEntry("ethnicity", "03")
                .containsEntry("province_code", "11")
                .containsEntry("sex", "MALE");
        assertThat(people.get(3))
                .containsEntry("birth_year", 2010)
                .containsEntry("birth_month", 5)
                .containsEntry("birth_day", 15);
        long thanh = ((Number) people.get(0).get("id")).longValue();
        long an = ((Number) people.get(2).get("id")).longValue();
        assertThat(people)
                .extracting(p -> ((Number) p.get("id")).longValue())
                .contains(summary.firstPersonId(), summary.lastPersonId());

        List<Map<String, Object>> households = rows(
                "select id, code, head_person_id, commune_code, area, address, created_by "
                        + "from household where head_person_id in (?, ?) order by code",
                thanh,
                an);
        assertThat(households)
                .extracting(
                        h -> h.get("code"),
                        h -> ((Number) h.get("head_person_id")).longValue(),
                        h -> h.get("area"),
                        h -> h.get("address"))
                .containsExactly(
                        tuple(summary.firstHouseholdCode(), thanh, "RURAL", "Bản Co Sản"),
                        tuple(summary.lastHouseholdCode(), an, "RURAL", null));
        assertThat(summary.firstHouseholdCode()).matches("03253-\\d{6}");
        long firstSequence = Long.parseLong(summary.firstHouseholdCode().substring(6));
        assertThat(summary.lastHouseholdCode()).isEqualTo("03253-%06d".formatted(firstSequence + 1));

        Object h01 = households.get(0).get("id");
        assertThat(rows(
                        "select p.full_name, m.relationship from household_member m join person p on p.id = m.person_id "
                                + "where m.household_id = ? order by p.birth_year",
                        h01))
                .extracting(m -> m.get("full_name"), m -> m.get("relationship"))
                .containsExactly(
                        tuple("Lò Văn Thành", "HEAD"), tuple("Lò Thị Hoa", "SPOUSE"), tuple("Lò Văn Nam", "CHILD"));

        assertThat(rows(
                        "select r.review_year, r.income_per_capita, r.deprivations, r.deprivation_count, r.classification, "
                                + "r.reviewed_on, s.area, s.first_year from poverty_review r join poverty_standard s on s.id = r.standard_id "
                                + "where r.household_id in (?, ?) order by r.income_per_capita",
                        h01,
                        households.get(1).get("id")))
                .extracting(
                        r -> r.get("review_year"),
                        r -> r.get("income_per_capita"),
                        r -> r.get("deprivations"),
                        r -> r.get("deprivation_count"),
                        r -> r.get("classification"),
                        r -> r.get("reviewed_on").toString(),
                        r -> r.get("area"),
                        r -> r.get("first_year"))
                .containsExactly(
                        tuple(2025, 1_200_000L, 1 | 1 << 3 | 1 << 8, 3, "POOR", "2026-03-02", "RURAL", 2022),
                        tuple(2025, 2_000_000L, 0, 0, "AVERAGE", "2026-03-02", "RURAL", 2022));

        assertThat(rows(
                        "select person_a_id, person_b_id, score, status, commune_code from duplicate_suspect "
                                + "where person_b_id = ? or person_a_id = ?",
                        thanh,
                        thanh))
                .extracting(
                        d -> ((Number) d.get("person_a_id")).longValue(),
                        d -> ((Number) d.get("person_b_id")).longValue(),
                        d -> d.get("score"),
                        d -> d.get("status"),
                        d -> d.get("commune_code"))
                .containsExactly(tuple(alreadyRegistered.id(), thanh, 100, "OPEN", "03253"));

        assertThat(db.jdbc().count("audit_record"))
                .as("one row for the whole import")
                .isEqualTo(auditRows + 1);
        Map<String, Object> audit = db.jdbc().latestAudit("person.import");
        assertThat(audit)
                .containsEntry("actor", "officer.tuangiao")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("unit_code", "03253")
                .containsEntry("target_type", "PersonImport")
                .containsEntry("target_id", summary.firstPersonId() + "-" + summary.lastPersonId());
        assertThat((String) audit.get("after_value"))
                .isEqualTo(("{\"file\":\"ra-soat-2025.xlsx\",\"commune\":\"03253\","
                                + "\"persons\":4,\"households\":2,\"reviews\":2,\"duplicateSuspects\":1,\"firstPersonId\":%d,"
                                + "\"lastPersonId\":%d,\"firstHouseholdCode\":\"%s\",\"lastHouseholdCode\":\"%s\"}")
                        .formatted(
                                summary.firstPersonId(),
                                summary.lastPersonId(),
                                summary.firstHouseholdCode(),
                                summary.lastHouseholdCode()));
    }

    @Test
    void aLaterReviewOfAnImportedHouseholdFollowsTheSameRules() {
        ImportReport report = check(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(review(
                                person(1, "Giàng A Páo", "1977", "Nam", "Mông", null, "P", "Chủ hộ"),
                                2025,
                                1_400_000,
                                ImportColumn.NUTRITION,
                                ImportColumn.HOUSING_QUALITY,
                                ImportColumn.HYGIENIC_LATRINE,
                                ImportColumn.TELECOM_USE))
                        .bytes());
        ImportSummary summary = inTransaction(
                () -> runner.run(OFFICER_TUAN_GIAO, ImportPersonsCommand.of(tuanGiao, report, THRESHOLD)));
        Long household = ((Number) db.jdbc()
                        .row("select id from household where code = ?", summary.firstHouseholdCode())
                        .get("id"))
                .longValue();

        var review2026 = inTransaction(() -> runner.run(
                OFFICER_TUAN_GIAO,
                new RecordPovertyReviewCommand(
                        household, tuanGiao.communeCode(), 2026, 1_900_000, Deprivations.of(), TODAY)));

        assertThat(review2026.classification())
                .as("poor in 2025, above the line in 2026")
                .isEqualTo(PovertyClassification.NEWLY_ESCAPED);
        assertThatThrownBy(() -> inTransaction(() -> runner.run(
                        OFFICER_TUAN_GIAO,
                        new RecordPovertyReviewCommand(
                                household, tuanGiao.communeCode(), 2025, 1_000_000, Deprivations.of(), TODAY))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(
                        e -> assertThat(((BusinessRuleException) e).arguments()).containsExactly("2025"))
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("review.error.duplicateYear");
        assertThat(db.jdbc().latestAudit("household.review").get("after_value").toString())
                .startsWith(
                        "{\"income\":1900000,\"deprivations\":0,\"classification\":\"NEWLY_ESCAPED\",\"standard\":");
    }

    @Test
    void theCheckRefusesAPersonalIdAlreadyRegisteredAndAYearWithoutPovertyLine() {
        register("Vì Văn Đông", PartialDate.of(1966), Sex.MALE, "011066005555");

        ImportReport report = check(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(person(1, "Vì Văn Đông", "1966", "Nam", "Thái", "011066005555", "H1", "Chủ hộ"))
                        .row(review(
                                person(2, "Lường Thị Tâm", "1971", "Nữ", "Thái", null, "H2", "Chủ hộ"), 2021, 900_000))
                        .row(person(3, "Lường Văn Sơn", "1969", "Nam", "Thái", null, "H3", "Chủ hộ"))
                        .bytes());

        assertThat(report.errors())
                .extracting(UploadMessage::cell, UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(
                        tuple("F2", "import.error.personalId.registered", List.of()),
                        tuple("M3", "review.error.noStandard", List.of("2021")));
        assertThat(report.rowsToImport()).extracting(r -> r.person().fullName()).containsExactly("Lường Văn Sơn");
    }

    @Test
    void peopleOfAnotherCommuneAreReportedWithoutNameOrCommune() {
        AdminUnitTree units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        AdminUnit commune = units.currentCommune(AdminUnitCode.of("03158")).orElseThrow();
        Residence sinThau = Residence.of(commune, units.parentOf(commune).orElseThrow());
        Actor officerSinThau = actor("officer.sinthau", "03158");
        for (String[] person :
                new String[][] {{"Giàng A Páo", "1958", "011058004242"}, {"Sùng Thị Dợ", "1961", null}}) {
            PersonDetails details = new PersonDetails(
                    person[0],
                    PartialDate.of(Integer.parseInt(person[1])),
                    person[0].contains("Thị") ? Sex.FEMALE : Sex.MALE,
                    Ethnicity.MONG,
                    person[2] == null ? null : PersonalId.of(person[2]),
                    null,
                    null,
                    null,
                    null);
            inTransaction(
                    () -> runner.run(officerSinThau, new RegisterPersonCommand(details, sinThau, true, THRESHOLD)));
        }

        ImportReport report = check(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(person(1, "Giàng A Páo", "1958", "Nam", "Mông", "011058004242", "P1", "Chủ hộ"))
                        .row(person(2, "Sung Thi Do", "1961", "Nữ", "Mông", null, "P2", "Chủ hộ"))
                        .bytes());

        assertThat(report.errors())
                .extracting(UploadMessage::cell, UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("F2", "import.error.personalId.registeredElsewhere", List.of()));
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageKey()).isEqualTo("import.warning.possibleDuplicatesElsewhere");
            assertThat(w.arguments()).containsExactly(1);
        });
        assertThat(report.problems())
                .flatExtracting(UploadMessage::arguments)
                .extracting(String::valueOf)
                .noneMatch(argument ->
                        argument.contains("Sùng") || argument.contains("Giàng") || argument.contains("03158"));
    }

    @Test
    void aPersonalIdRegisteredAfterTheCheckRefusesTheWholeImportAndNothingIsWritten() {
        ImportReport report = check(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(review(
                                person(1, "Quàng Văn Hải", "1980", "Nam", "Thái", null, "A", "Chủ hộ"),
                                2025,
                                1_000_000,
                                ImportColumn.NUTRITION))
                        .row(person(2, "Quàng Thị Thu", "1982", "Nữ", "Thái", "011182007777", "A", "Vợ"))
                        .row(person(3, "Cầm Văn Phúc", "1985", "Nam", "Thái", "011085008888", "B", "Chủ hộ"))
                        .bytes());
        assertThat(report.errors()).isEmpty();
        register("Quàng Thị Thu", PartialDate.of(1982), Sex.FEMALE, "011182007777");
        Map<String, Long> before = counts();
        long imports = importAudits();

        assertThatThrownBy(() -> inTransaction(
                        () -> runner.run(OFFICER_TUAN_GIAO, ImportPersonsCommand.of(tuanGiao, report, THRESHOLD))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    BusinessRuleException refusal = (BusinessRuleException) e;
                    assertThat(refusal.messageKey()).isEqualTo("import.error.registeredMeanwhile");
                    assertThat(refusal.arguments()).containsExactly(1, "3");
                });

        assertThat(counts()).isEqualTo(before);
        assertThat(importAudits()).isEqualTo(imports);
        assertThat(db.jdbc()
                        .row("select count(*) as n from person where personal_id = '011085008888'")
                        .get("n"))
                .isEqualTo(0L);
    }

    @Test
    void anOfficerOfAnotherCommuneIsRefusedAndNothingIsWritten() {
        ImportReport report = check(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(person(1, "Hoàng Văn Kiên", "1991", "Nam", "Tày", null, "K", "Chủ hộ"))
                        .bytes());
        Map<String, Long> before = counts();
        long imports = importAudits();

        assertThatThrownBy(() -> inTransaction(
                        () -> runner.run(OFFICER_QUY_HOP, ImportPersonsCommand.of(tuanGiao, report, THRESHOLD))))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((AccessDeniedException) e).messageKey())
                .isEqualTo("error.access.unit");

        assertThat(counts()).isEqualTo(before);
        assertThat(importAudits()).isEqualTo(imports);
        Map<String, Object> denial = db.jdbc()
                .row("select * from audit_record where action = 'person.import' "
                        + "and outcome = 'DENIED' order by id desc limit 1");
        assertThat(denial).containsEntry("actor", "officer.quyhop").containsEntry("unit_code", "03253");
    }

    private ImportReport check(String name, byte[] file) {
        return new PersonImportParser(TODAY)
                .checkingAgainst(em, tuanGiao, THRESHOLD)
                .parse(name, file.length, new ByteArrayInputStream(file));
    }

    private Person register(String name, PartialDate birth, Sex sex, String personalId) {
        PersonDetails details = new PersonDetails(
                name,
                birth,
                sex,
                Ethnicity.THAI,
                personalId == null ? null : PersonalId.of(personalId),
                null,
                null,
                null,
                null);
        return inTransaction(
                () -> runner.run(OFFICER_TUAN_GIAO, new RegisterPersonCommand(details, tuanGiao, true, THRESHOLD)));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : WRITTEN_TABLES) {
            counts.put(table, db.jdbc().count(table));
        }
        counts.put(
                "unit_sequence.next",
                ((Number) db.jdbc()
                                .row("select coalesce(sum(next_value), 0) as n from unit_sequence")
                                .get("n"))
                        .longValue());
        return counts;
    }

    private long importAudits() {
        return ((Number) db.jdbc()
                        .row("select count(*) as n from audit_record where action = 'person.import' "
                                + "and outcome = 'SUCCEEDED'")
                        .get("n"))
                .longValue();
    }

    private List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Transactions.inTransaction(em, work);
    }

    private static Actor actor(String name, String unit) {
        return new Actor(name, name, Set.of(Role.COMMUNE_OFFICER), AdminUnitCode.of(unit));
    }
}
