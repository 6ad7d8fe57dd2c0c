package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.benefit.application.ConfirmRateCommand;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseworkRules;
import vn.ansinh.casework.application.DecisionPdf;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.application.ListDecisions;
import vn.ansinh.casework.application.PrepareListCommand;
import vn.ansinh.casework.application.SignListDecisionCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.eoffice.TestPki;
import vn.ansinh.eoffice.application.AcceptSignedCopyCommand;
import vn.ansinh.eoffice.application.EOfficePackages;
import vn.ansinh.eoffice.application.EOfficePackages.Filed;
import vn.ansinh.eoffice.application.IssueDecisionCopyCommand;
import vn.ansinh.eoffice.application.IssuedCopies;
import vn.ansinh.eoffice.application.IssuedOnDay;
import vn.ansinh.eoffice.application.MetadataOf;
import vn.ansinh.eoffice.application.PadesSealer;
import vn.ansinh.eoffice.application.StoredCopy;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.DecisionMetadata;
import vn.ansinh.eoffice.domain.SignatureRefusal;
import vn.ansinh.eoffice.domain.SignedCopyRefused;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Moving a group between schemes is one list per commune: the preview (who moves, before and after,
 * from which month), one list decision per commune signed by its chairman and numbered by its commune,
 * which ends the old cases and opens the new ones; the payroll of the move month pays each person once.
 */
class ListDecisionIT {

    static final AdminUnitCode QUAI_TO = AdminUnitCode.of("03295");
    static final AdminUnitCode BUNG_LAO = AdminUnitCode.of("03301");
    /** Mường Phăng and Thanh Nưa: the band and level lists of Decree 335/2026 (no other test pays there). */
    static final AdminUnitCode MUONG_PHANG = AdminUnitCode.of("03325");

    static final AdminUnitCode THANH_NUA = AdminUnitCode.of("03328");
    static final Actor ADMIN2 = new Actor("admin2", "Lê Thị Kiểm", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    private static final String PENDING_335 =
            "status = 'PENDING' and effective_from = '2026-10-05' and created_by = 'migration'";
    static final Actor PROVINCE_ADMIN =
            new Actor("admin.dienbien", "Lường Văn Quản", Set.of(Role.ADMIN), AdminUnitCode.of("11"));

    private final CaseworkFixture fx = new CaseworkFixture();

    @TempDir
    Path store;

    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        // the 335/2026 bands back to the migration's pending state, as DatedEligibilityIT leaves them
        fx.jdbc()
                .execute("update benefit_coefficient set status = 'PENDING', confirmed_at = null, confirmed_by = null"
                        + " where effective_from = '2026-10-05' and created_by = 'migration'");
        fx.close();
    }

    @Test
    void theElderly80WithoutAPensionMoveToTheSocialPensionByOneListDecisionPerCommune() {
        YearMonth move = YearMonth.of(2026, 1);
        Person a = fx.person(QUAI_TO, "Lò Văn Chuyển", PartialDate.of(1940, 2, 2), Sex.MALE);
        fx.withoutPension(a, "2025-07-01T01:00:00Z");
        BenefitCase oldA = payroll.active(
                a,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-15",
                CaseworkFixture.officerOf(QUAI_TO),
                CaseworkFixture.chairmanOf(QUAI_TO));
        Person b = fx.person(BUNG_LAO, "Lò Thị Sang", PartialDate.of(1941, 3, 3), Sex.FEMALE);
        fx.withoutPension(b, "2025-07-01T01:00:00Z");
        BenefitCase oldB = payroll.active(
                b,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-16",
                CaseworkFixture.officerOf(BUNG_LAO),
                CaseworkFixture.chairmanOf(BUNG_LAO));
        // Bung Lao's January payroll is computed before its list is signed: the old line must not be paid too
        payroll.compute(payroll.create(BUNG_LAO, move), 50_000);
        assertThat(payroll.amount(oldB, "MONTHLY", move)).isEqualTo(500_000L);

        Map<AdminUnitCode, List<ListDecisions.Row>> preview = new ListDecisions(fx.em())
                .preview(
                        ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION,
                        UnitScope.of(AdminUnitCode.of("11"), fx.units()),
                        move,
                        CaseworkRules.load(fx.em(), Instant.parse("2026-01-05T00:00:00Z"))
                                .rates());
        ListDecisions.Row rowA = preview.get(QUAI_TO).stream()
                .filter(r -> r.personId().equals(a.id()))
                .findFirst()
                .orElseThrow();
        assertThat(rowA.caseId()).isEqualTo(oldA.id());
        assertThat(rowA.before().amount()).as("1.0 x 500,000 social assistance").isEqualTo(500_000L);
        assertThat(rowA.after().amount()).as("the social pension").isEqualTo(500_000L);
        assertThat(rowA.ruleApplied()).contains("335/2026");
        assertThat(preview.get(BUNG_LAO))
                .extracting(ListDecisions.Row::personId)
                .contains(b.id());

        ListDecision listA = fx.run(
                        CaseworkFixture.officerOf(QUAI_TO),
                        "2026-01-05T02:00:00Z",
                        () -> new PrepareListCommand(
                                ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION, QUAI_TO, move, fx.units()))
                .get(0);
        ListDecision listB = fx.run(
                        CaseworkFixture.officerOf(BUNG_LAO),
                        "2026-01-05T02:00:00Z",
                        () -> new PrepareListCommand(
                                ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION, BUNG_LAO, move, fx.units()))
                .get(0);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from list_decision_entry where list_id = ? and old_case_id = ?"
                                        + " and amount_before = 500000 and amount_after = 500000",
                                listA.id(),
                                oldA.id()))
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(QUAI_TO),
                        "2026-01-06T02:00:00Z",
                        () -> new SignListDecisionCommand(listA.id(), QUAI_TO, fx.units())))
                .hasMessageContaining("may not run listDecision.sign");
        long nextA = nextNumber(QUAI_TO, 2026);
        long nextB = nextNumber(BUNG_LAO, 2026);

        ListDecision signedA = fx.run(
                CaseworkFixture.chairmanOf(QUAI_TO),
                "2026-01-06T03:00:00Z",
                () -> new SignListDecisionCommand(listA.id(), QUAI_TO, fx.units()));
        ListDecision signedB = fx.run(
                CaseworkFixture.chairmanOf(BUNG_LAO),
                "2026-01-07T03:00:00Z",
                () -> new SignListDecisionCommand(listB.id(), BUNG_LAO, fx.units()));

        assertThat(signedA.status()).isEqualTo(ListDecisionStatus.SIGNED);
        assertThat(signedA.number()).as("numbered by its commune").isEqualTo(nextA + "/QĐ-UBND");
        assertThat(signedB.number()).isEqualTo(nextB + "/QĐ-UBND");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from list_decision where status = 'SIGNED' and id in (?, ?)"
                                        + " and commune_code in (?, ?)",
                                listA.id(),
                                listB.id(),
                                QUAI_TO.value(),
                                BUNG_LAO.value()))
                .isEqualTo(2);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'listDecision.sign'"
                                        + " and target_type = 'ListDecision' and target_id in (?, ?)",
                                listA.id().toString(),
                                listB.id().toString()))
                .isEqualTo(2);

        BenefitCase endedA = fx.reload(oldA);
        assertThat(endedA.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(endedA.endReason()).isEqualTo(EndReason.RECLASSIFIED);
        assertThat(endedA.lastMonth()).isEqualTo(move.minusMonths(1));
        Long newA = (Long) fx.jdbc()
                .row("select new_case_id from list_decision_entry where list_id = ?", listA.id())
                .get("new_case_id");
        BenefitCase openedA = fx.em().find(BenefitCase.class, newA);
        assertThat(openedA.programme()).isEqualTo(Programme.SOCIAL_PENSION);
        assertThat(openedA.category()).isEqualTo(Category.SOCIAL_PENSION_75_NO_PENSION);
        assertThat(openedA.origin()).isEqualTo(CaseOrigin.RECLASSIFICATION);
        assertThat(openedA.predecessorId()).isEqualTo(oldA.id());
        assertThat(openedA.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(openedA.firstMonth()).isEqualTo(move);
        assertThat(fx.jdbc().row("select status from application where id = ?", openedA.applicationId()))
                .as("the dossier travels with the person, complete")
                .containsEntry("status", "READY");

        payroll.compute(payroll.create(QUAI_TO, move), 50_000);
        payroll.compute(payroll.create(BUNG_LAO, move.plusMonths(1)), 50_000);

        assertThat(payroll.amount(oldA, "MONTHLY", move))
                .as("the old scheme ended in December")
                .isNull();
        assertThat(payroll.amount(openedA, "MONTHLY", move)).isEqualTo(500_000L);
        Long newB = (Long) fx.jdbc()
                .row("select new_case_id from list_decision_entry where list_id = ?", listB.id())
                .get("new_case_id");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id = ? and for_month = '2026-01-01'"
                                        + " and payment_status not in ('HELD', 'STOP_REQUESTED')",
                                b.id()))
                .as("Bung Lao pays January once: the old line held, the new one paid as arrears")
                .isEqualTo(1);
        assertThat(fx.jdbc()
                        .row(
                                "select case_id, kind from payroll_line where person_id = ? and for_month = '2026-01-01'"
                                        + " and payment_status not in ('HELD', 'STOP_REQUESTED')",
                                b.id()))
                .containsEntry("case_id", newB);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where person_id = ? and for_month = '2026-02-01'",
                                b.id()))
                .isEqualTo(1);
    }

    @Test
    void aProvincialAdministratorPreparesOneListPerCommune() {
        YearMonth move = YearMonth.of(2026, 3);
        // 75 to under 80, poor (the 2024 review applies in 2025): the category's conditions under Decree 20/2021
        Person a = fx.person(QUAI_TO, "Cà Văn Một", PartialDate.of(1948, 2, 2), Sex.MALE, "2024-11-01T02:00:00Z");
        fx.household(a, 1_000_000, "2024-11-20");
        fx.withoutPension(a, "2025-07-01T01:00:00Z");
        payroll.active(
                a,
                Category.ELDERLY_75_DIFFICULT_AREA,
                Map.of(),
                "2025-08-15",
                CaseworkFixture.officerOf(QUAI_TO),
                CaseworkFixture.chairmanOf(QUAI_TO));
        Person b = fx.person(BUNG_LAO, "Cà Thị Hai", PartialDate.of(1949, 3, 3), Sex.FEMALE, "2024-11-01T02:00:00Z");
        fx.household(b, 1_000_000, "2024-11-20");
        fx.withoutPension(b, "2025-07-01T01:00:00Z");
        payroll.active(
                b,
                Category.ELDERLY_75_DIFFICULT_AREA,
                Map.of(),
                "2025-08-16",
                CaseworkFixture.officerOf(BUNG_LAO),
                CaseworkFixture.chairmanOf(BUNG_LAO));

        List<ListDecision> lists = fx.run(
                PROVINCE_ADMIN,
                "2026-02-20T02:00:00Z",
                () -> new PrepareListCommand(
                        ListRule.ELDERLY_75_DIFFICULT_AREA_TO_SOCIAL_PENSION,
                        AdminUnitCode.of("11"),
                        move,
                        fx.units()));

        assertThat(lists)
                .extracting(ListDecision::communeCode)
                .contains(QUAI_TO, BUNG_LAO)
                .doesNotHaveDuplicates();
        ListDecision quaiTo = lists.stream()
                .filter(l -> l.communeCode().equals(QUAI_TO))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.chairmanOf(BUNG_LAO),
                        "2026-02-21T03:00:00Z",
                        () -> new SignListDecisionCommand(quaiTo.id(), BUNG_LAO, fx.units())))
                .hasMessageContaining("listDecision.error.notFound");
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.PROVINCE_DIRECTOR,
                        "2026-02-21T03:00:00Z",
                        () -> new SignListDecisionCommand(quaiTo.id(), QUAI_TO, fx.units())))
                .hasMessageContaining("case.error.wrongLevel");
    }

    @Test
    void theNewStandardLevelAdjustsEachChangedAllowanceByOneListDecisionAndOnlyOnce() throws Exception {
        YearMonth july = YearMonth.of(2026, 7);
        Person disabled = fx.person(THANH_NUA, "Lò Văn Mức", PartialDate.of(1980, 4, 4), Sex.MALE);
        BenefitCase c = payroll.active(
                disabled,
                Category.DISABLED,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2026-03-10",
                CaseworkFixture.officerOf(THANH_NUA),
                CaseworkFixture.chairmanOf(THANH_NUA));
        ListRule rule = ListRule.SOCIAL_ASSISTANCE_LEVEL_335;

        assertThat(rows(rule, THANH_NUA, july, "2026-10-01T02:00:00Z"))
                .as("as confirmed before 5 Oct 2026: 500,000 in June and July, nobody changes")
                .isEmpty();
        ListDecisions.Row row = rows(rule, THANH_NUA, july, "2026-10-06T02:00:00Z").stream()
                .filter(r -> r.caseId().equals(c.id()))
                .findFirst()
                .orElseThrow();
        assertThat(row.before().amount()).as("June: 500,000 x 1.5").isEqualTo(750_000L);
        assertThat(row.after().amount()).as("July: 540,000 x 1.5").isEqualTo(810_000L);
        assertThat(row.after().standardLevel()).isEqualTo(540_000L);
        assertThat(row.newCategory()).as("the case keeps its category").isEqualTo(Category.DISABLED);
        assertThat(row.month()).isEqualTo(july);

        ListDecision list = fx.run(
                        CaseworkFixture.officerOf(THANH_NUA),
                        "2026-10-06T03:00:00Z",
                        () -> new PrepareListCommand(rule, THANH_NUA, july, fx.units()))
                .get(0);
        long next = nextNumber(THANH_NUA, 2026);
        ListDecision signed = fx.run(
                CaseworkFixture.chairmanOf(THANH_NUA),
                "2026-10-07T03:00:00Z",
                () -> new SignListDecisionCommand(list.id(), THANH_NUA, fx.units()));

        assertThat(signed.number()).isEqualTo(next + "/QĐ-UBND");
        BenefitCase adjusted = fx.reload(c);
        assertThat(adjusted.status()).as("kept, not ended").isEqualTo(CaseStatus.ACTIVE);
        assertThat(adjusted.category()).isEqualTo(Category.DISABLED);
        assertThat(adjusted.lastMonth()).isNull();
        assertThat(fx.jdbc()
                        .row(
                                "select transition, note from case_event where case_id = ? order by id desc limit 1",
                                c.id()))
                .containsEntry("transition", "ADJUST")
                .hasEntrySatisfying(
                        "note",
                        note -> assertThat((String) note)
                                .contains(signed.number())
                                .contains("07/2026")
                                .contains("750.000 → 810.000"));
        assertThat(fx.jdbc().row("select new_case_id from list_decision_entry where list_id = ?", list.id()))
                .as("the case after is the case kept")
                .containsEntry("new_case_id", c.id());
        assertThat(fx.jdbc()
                        .row(
                                "select after_value from audit_record where action = 'listDecision.sign'"
                                        + " and target_type = 'ListDecision' and target_id = ?",
                                list.id().toString()))
                .as("the list's audit record names each case's change")
                .hasEntrySatisfying(
                        "after_value",
                        v -> assertThat((String) v)
                                .contains("\"case\":" + c.id())
                                .contains("750.000 → 810.000"));
        var sheet = vn.ansinh.casework.application.DecisionSheetJson.read(signed.sheetJson());
        assertThat(sheet.subject()).isEqualTo("Về việc điều chỉnh mức trợ cấp hằng tháng theo danh sách");
        assertThat(String.join(" ", sheet.articles().get(0).paragraphs()))
                .contains("Điều chỉnh mức trợ cấp hằng tháng đối với 1 người")
                .contains("tháng 07 năm 2026")
                .contains("335/2026/NĐ-CP");
        assertThat(rows(rule, THANH_NUA, july, "2026-10-08T02:00:00Z"))
                .as("adjusted once: not on a new list of the same rule and month")
                .isEmpty();

        theSignedListIsStoredOncePackagedAndInItsUnitsDay(signed.id());
    }

    /**
     * E-office (src/docs/e-office.md): the signed list's issued copy is printed and stored once (a second download
     * reads the same bytes, the table keeps one row); its package holds the PDF and metadata valid against the XSD;
     * the day package of Thanh Nưa on the day holds the list and an individual decision its chairman signed then.
     */
    private void theSignedListIsStoredOncePackagedAndInItsUnitsDay(Long listId) throws Exception {
        ListDecision list = fx.em().find(ListDecision.class, listId);
        assertThat(list.issuingUnitCode()).as("signed by Thanh Nưa's chairman").isEqualTo(THANH_NUA);
        DocumentStore documents = DocumentStore.at(store, Clock.systemUTC());
        IssuedCopies copies = new IssuedCopies(
                documents, command -> fx.run(Actor.SYSTEM, "2026-10-07T04:00:00Z", () -> command), Clock.systemUTC());
        byte[] printed = new DecisionPdf().render(DecisionSheetJson.read(list.sheetJson()));
        AtomicInteger prints = new AtomicInteger();
        Supplier<byte[]> print = () -> {
            prints.incrementAndGet();
            return printed;
        };

        StoredCopy first = copies.issued(IssuedCopies.Subject.of(fx.em(), list, print), Optional.empty());
        StoredCopy second = copies.issued(IssuedCopies.Subject.of(fx.em(), list, print), Optional.empty());

        assertThat(first.copy().kind()).as("no key store for Thanh Nưa").isEqualTo(CopyKind.UNSIGNED);
        assertThat(second.bytes())
                .as("the second download reads the stored copy")
                .isEqualTo(first.bytes());
        assertThat(prints.get()).as("printed once").isEqualTo(1);
        assertThat(fx.jdbc().countOf("select count(*) from decision_copy where list_decision_id = ?", listId))
                .isEqualTo(1);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'listDecision.issueCopy'"
                                        + " and outcome = 'SUCCEEDED' and unit_code = ? and actor = 'system'",
                                THANH_NUA.value()))
                .as("filed by the system, audited on the list's commune")
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.run(
                        Actor.SYSTEM,
                        "2026-10-07T04:10:00Z",
                        () -> new IssueDecisionCopyCommand(
                                CopyOf.LIST,
                                listId,
                                THANH_NUA,
                                CopyKind.UNSIGNED,
                                first.copy().sha256(),
                                1,
                                null)))
                .as("one issued copy per list")
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> fx.jdbc()
                        .execute(
                                "insert into decision_copy (decision_id, list_decision_id, kind, role, sha256,"
                                        + " size_bytes, made_by, made_at) values (null, null, 'UNSIGNED', 'ISSUED',"
                                        + " ?, 1, 'test', now())",
                                "0".repeat(64)))
                .as("a copy of neither a decision nor a list")
                .hasMessageContaining("ck_decision_copy_one_decision");

        DecisionMetadata metadata = MetadataOf.list(list);
        Map<String, byte[]> zip = unzip(EOfficePackages.decision(
                new Filed(metadata, first.bytes(), first.copy().kind())));
        assertThat(zip).containsOnlyKeys(metadata.fileStem() + ".pdf", EOfficePackages.METADATA);
        assertThat(zip.get(metadata.fileStem() + ".pdf")).isEqualTo(first.bytes());
        validate(zip.get(EOfficePackages.METADATA));
        assertThat(new String(zip.get(EOfficePackages.METADATA), StandardCharsets.UTF_8))
                .contains("list=\"true\"")
                .contains("<abstract>Về việc điều chỉnh mức trợ cấp hằng tháng theo danh sách</abstract>")
                .contains("<numberAndSymbol>" + list.number() + "</numberAndSymbol>");

        Person person = fx.person(THANH_NUA, "Lò Thị Ấn", PartialDate.of(1978, 3, 9), Sex.FEMALE);
        BenefitCase c = fx.submitted(
                person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), "2026-10-07T01:00:00Z");
        Decision decision = fx.run(
                CaseworkFixture.chairmanOf(THANH_NUA),
                "2026-10-07T05:00:00Z",
                () -> new ApproveCaseCommand(c.id(), THANH_NUA, fx.units()));
        LocalDate day = LocalDate.of(2026, 10, 7);
        assertThat(IssuedOnDay.lists(fx.em(), THANH_NUA, day))
                .extracting(ListDecision::id)
                .containsExactly(listId);
        assertThat(IssuedOnDay.decisions(fx.em(), THANH_NUA, day))
                .extracting(Decision::id)
                .containsExactly(decision.id());
        StoredCopy individual = copies.issued(
                IssuedCopies.Subject.of(
                        fx.em(),
                        decision,
                        THANH_NUA,
                        () -> new DecisionPdf().render(DecisionSheetJson.read(decision.sheetJson()))),
                Optional.empty());
        List<Filed> filed = new ArrayList<>(List.of(
                new Filed(
                        MetadataOf.decision(decision),
                        individual.bytes(),
                        individual.copy().kind()),
                new Filed(metadata, second.bytes(), second.copy().kind())));
        filed.sort(EOfficePackages.BY_NUMBER);
        Map<String, byte[]> dayZip = unzip(EOfficePackages.day(filed));
        String listFolder = metadata.fileStem() + "/";
        String decisionFolder = MetadataOf.decision(decision).fileStem() + "/";
        assertThat(dayZip)
                .containsOnlyKeys(
                        listFolder + metadata.fileStem() + ".pdf",
                        listFolder + EOfficePackages.METADATA,
                        decisionFolder + MetadataOf.decision(decision).fileStem() + ".pdf",
                        decisionFolder + EOfficePackages.METADATA);
        assertThat(dayZip.get(listFolder + metadata.fileStem() + ".pdf")).isEqualTo(first.bytes());
        validate(dayZip.get(decisionFolder + EOfficePackages.METADATA));

        theChairmansSignedCopyIsFiledOnlyWhenItChecksOut(
                list, documents, copies, IssuedCopies.Subject.of(fx.em(), list, print), first);
    }

    /**
     * The chairman's signed copy of the list, uploaded back (src/docs/e-office.md): refused with its reason, nothing
     * filed and the refusal audited on the commune, when it is another list signed, the list changed after signing,
     * or signed by an untrusted certificate; filed when a trusted certificate signed the issued copy, and from then on
     * the list's download and package return it.
     */
    private void theChairmansSignedCopyIsFiledOnlyWhenItChecksOut(
            ListDecision list,
            DocumentStore documents,
            IssuedCopies copies,
            IssuedCopies.Subject subject,
            StoredCopy issued)
            throws Exception {
        TestPki.Holder ca = TestPki.authority("Test CA " + CaseworkFixture.uniqueWord());
        TestPki.Holder chairman = ca.issue("Chủ tịch UBND xã Thanh Nưa");
        DecisionSheet sheet = DecisionSheetJson.read(list.sheetJson());
        byte[] otherList = new DecisionPdf()
                .render(new DecisionSheet(
                        sheet.parentBody(),
                        sheet.issuingBody(),
                        "999/QĐ-UBND",
                        sheet.place(),
                        sheet.signedOn(),
                        sheet.subject(),
                        sheet.authority(),
                        sheet.legalBases(),
                        sheet.articles(),
                        sheet.recipients(),
                        sheet.signatureCapacity(),
                        sheet.signerTitle(),
                        sheet.signerName()));
        byte[] signed = chairmansSignature(issued.bytes(), chairman);
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setTitle("Danh sách đã sửa");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(changed);
        }
        Map<SignatureRefusal, byte[]> refused = new LinkedHashMap<>();
        refused.put(SignatureRefusal.WRONG_DECISION, chairmansSignature(otherList, chairman));
        refused.put(SignatureRefusal.ALTERED, changed.toByteArray());
        refused.put(
                SignatureRefusal.UNTRUSTED,
                chairmansSignature(issued.bytes(), TestPki.authority("Rogue").issue("Lò Văn Thành")));
        for (Map.Entry<SignatureRefusal, byte[]> upload : refused.entrySet()) {
            assertThatThrownBy(() -> fx.run(
                            CaseworkFixture.chairmanOf(THANH_NUA),
                            "2026-10-08T02:00:00Z",
                            () -> acceptSigned(list, upload.getValue(), issued, ca, "1".repeat(64))))
                    .as(upload.getKey().name())
                    .isInstanceOfSatisfying(
                            SignedCopyRefused.class, e -> assertThat(e.reason()).isEqualTo(upload.getKey()));
        }
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from decision_copy where list_decision_id = ? and role = 'SIGNED'",
                                list.id()))
                .as("nothing filed on a refusal")
                .isZero();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'listDecision.acceptSignedCopy'"
                                        + " and outcome = 'DENIED' and unit_code = ? and target_type = 'ListDecision'"
                                        + " and target_id = ?",
                                THANH_NUA.value(),
                                list.id().toString()))
                .as("each refusal audited on the list's commune")
                .isEqualTo(3);
        assertThat(copies.current(subject, Optional.empty()).bytes())
                .as("the issued copy until a signed copy is filed")
                .isEqualTo(issued.bytes());

        String sha = documents
                .store("qd-ky.pdf", new ByteArrayInputStream(signed), Long.MAX_VALUE)
                .file()
                .sha256();
        DecisionCopy filed = fx.run(
                CaseworkFixture.chairmanOf(THANH_NUA),
                "2026-10-08T02:10:00Z",
                () -> acceptSigned(list, signed, issued, ca, sha));

        assertThat(filed.kind()).isEqualTo(CopyKind.CHAIRMAN);
        assertThat(filed.listDecisionId()).isEqualTo(list.id());
        assertThat(filed.signerSubject()).contains("Thanh Nưa");
        StoredCopy current = copies.current(subject, Optional.empty());
        assertThat(current.bytes()).as("the download returns the signed copy").isEqualTo(signed);
        assertThat(new String(
                        unzip(EOfficePackages.decision(new Filed(
                                        MetadataOf.list(list),
                                        current.bytes(),
                                        current.copy().kind())))
                                .get(EOfficePackages.METADATA),
                        StandardCharsets.UTF_8))
                .contains("signature=\"CHAIRMAN\"");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'listDecision.acceptSignedCopy'"
                                        + " and outcome = 'SUCCEEDED' and unit_code = ? and target_id = ?",
                                THANH_NUA.value(),
                                filed.id().toString()))
                .as("filed, audited on the list's commune")
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.chairmanOf(THANH_NUA),
                        "2026-10-08T02:20:00Z",
                        () -> acceptSigned(list, signed, issued, ca, sha)))
                .hasMessage("eoffice.error.alreadySigned");
    }

    private static AcceptSignedCopyCommand acceptSigned(
            ListDecision list, byte[] upload, StoredCopy issued, TestPki.Holder ca, String sha256) {
        return new AcceptSignedCopyCommand(
                CopyOf.LIST, list.id(), THANH_NUA, upload, issued.bytes(), List.of(ca.certificate()), sha256);
    }

    /** The chairman's signature added to a PDF, as his signing client adds it (an incremental update). */
    private static byte[] chairmansSignature(byte[] pdf, TestPki.Holder signer) {
        return PadesSealer.seal(pdf, signer.sealKey(), "Lò Văn Thành", "Ký", "Thanh Nưa", Instant.now());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void validate(byte[] xml) throws Exception {
        try (InputStream xsd = EOfficePackages.class.getResourceAsStream(EOfficePackages.SCHEMA)) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(xsd))
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }

    @Test
    void the335BandsAdjustOnlyWhomTheNewBandChangesAndThePayrollPaysTheNewAmountAndTheClosedMonthsDifference() {
        YearMonth november = YearMonth.of(2026, 11);
        Person at77 = elderPoorAlone("Giàng Văn Bảy Bảy", PartialDate.of(1949, 3, 1));
        Person at70 = elderPoorAlone("Giàng Thị Bảy Mươi", PartialDate.of(1956, 5, 5));
        Person at85 = elderPoorAlone("Giàng Văn Tám Lăm", PartialDate.of(1941, 6, 6));
        BenefitCase c77 = elderCase(at77);
        BenefitCase c70 = elderCase(at70);
        BenefitCase c85 = elderCase(at85);
        // October and November paid with the rates as they stood before an administrator confirmed the bands
        Instant asPaid = Instant.parse("2026-11-03T03:00:00Z");
        for (YearMonth month : List.of(YearMonth.of(2026, 10), november)) {
            payroll.approve(payroll.computeAsOf(payroll.create(MUONG_PHANG, month), 50_000, asPaid));
        }
        assertThat(payroll.amount(c77, "MONTHLY", november))
                .as("77: 60-80, 1.5")
                .isEqualTo(810_000L);
        ListRule rule = ListRule.ELDERLY_POOR_ALONE_BANDS_335;

        assertThat(rows(rule, MUONG_PHANG, november, "2026-11-10T02:00:00Z"))
                .as("the band rows are pending: the preview counts confirmed rows only")
                .isEmpty();
        assertThat(new ListDecisions(fx.em()).pending(rule, MUONG_PHANG, november, fx.units()))
                .as("and says which rows are missing")
                .filteredOn(p -> p.legalBasis().contains("335/2026"))
                .hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(RateKind.COEFFICIENT);
                    assertThat(p.labelKey()).isEqualTo("category.ELDERLY_POOR_ALONE");
                    assertThat(p.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2026, 10, 5));
                    assertThat(p.legalBasis()).contains("335/2026");
                });
        assertThat(new ListDecisions(fx.em()).pending(rule, MUONG_PHANG, YearMonth.of(2026, 10), fx.units()))
                .as("a row from 5 Oct is not needed for October (a coefficient counts from a month's first day)")
                .isEmpty();
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(MUONG_PHANG),
                        "2026-11-10T03:00:00Z",
                        () -> new PrepareListCommand(rule, MUONG_PHANG, november, fx.units())))
                .hasMessageContaining("listDecision.error.nobody");

        confirmBands("2026-11-12T03:00:00Z");

        assertThat(new ListDecisions(fx.em()).pending(rule, MUONG_PHANG, november, fx.units()))
                .isEmpty();
        List<ListDecisions.Row> rows = rows(rule, MUONG_PHANG, november, "2026-11-13T02:00:00Z");
        assertThat(rows)
                .as("70 stays at 1.5 and 85 at 2.0: only the 77-year-old changes")
                .extracting(ListDecisions.Row::caseId)
                .containsExactly(c77.id());
        assertThat(rows.get(0).before().amount()).as("October: 1.5 x 540,000").isEqualTo(810_000L);
        assertThat(rows.get(0).after().amount()).as("November: 75+, 2.0").isEqualTo(1_080_000L);
        assertThat(rows.get(0).after().coefficient()).isEqualByComparingTo("2.0");

        ListDecision list = fx.run(
                        CaseworkFixture.officerOf(MUONG_PHANG),
                        "2026-11-13T03:00:00Z",
                        () -> new PrepareListCommand(rule, MUONG_PHANG, november, fx.units()))
                .get(0);
        ListDecision signed = fx.run(
                CaseworkFixture.chairmanOf(MUONG_PHANG),
                "2026-11-16T03:00:00Z",
                () -> new SignListDecisionCommand(list.id(), MUONG_PHANG, fx.units()));
        assertThat(signed.status()).isEqualTo(ListDecisionStatus.SIGNED);
        assertThat(fx.reload(c77).status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(fx.jdbc()
                        .row(
                                "select transition, note from case_event where case_id = ? order by id desc limit 1",
                                c77.id()))
                .containsEntry("transition", "ADJUST")
                .hasEntrySatisfying(
                        "note",
                        note -> assertThat((String) note).contains("11/2026").contains("810.000 → 1.080.000"));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from case_event where transition = 'ADJUST' and case_id in (?, ?)",
                                c70.id(),
                                c85.id()))
                .isZero();

        PayrollRun december = payroll.compute(payroll.create(MUONG_PHANG, YearMonth.of(2026, 12)), 50_000);
        assertThat(payroll.amount(c77, "MONTHLY", YearMonth.of(2026, 12)))
                .as("the new amount")
                .isEqualTo(1_080_000L);
        assertThat(fx.jdbc()
                        .row(
                                "select amount, due_amount, paid_before, run_id from payroll_line where case_id = ?"
                                        + " and kind = 'DIFFERENCE' and for_month = '2026-11-01'",
                                c77.id()))
                .as("November, closed at 1.5, paid the difference")
                .containsEntry("amount", 270_000L)
                .containsEntry("due_amount", 1_080_000L)
                .containsEntry("paid_before", 810_000L)
                .containsEntry("run_id", december.id());
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from payroll_line where kind = 'DIFFERENCE' and"
                                        + " (case_id in (?, ?) or (case_id = ? and for_month = '2026-10-01'))",
                                c70.id(),
                                c85.id(),
                                c77.id()))
                .as("no difference for October nor for the others")
                .isZero();
        assertThat(payroll.amount(c70, "MONTHLY", YearMonth.of(2026, 12))).isEqualTo(810_000L);
        assertThat(payroll.amount(c85, "MONTHLY", YearMonth.of(2026, 12))).isEqualTo(1_080_000L);
    }

    /** The migration's pending 335/2026 rows are confirmed by a second administrator; put back after each test. */
    private void confirmBands(String instant) {
        for (Map<String, Object> row : fx.jdbc()
                .rows("select id from benefit_coefficient where " + PENDING_335
                        + " and category = 'ELDERLY_POOR_ALONE'")) {
            Long id = ((Number) row.get("id")).longValue();
            fx.run(ADMIN2, instant, () -> new ConfirmRateCommand(RateKind.COEFFICIENT, id, AdminUnitCode.NATIONAL));
        }
    }

    private Person elderPoorAlone(String name, PartialDate birth) {
        Person person = fx.person(MUONG_PHANG, name, birth, Sex.MALE);
        fx.household(person, 1_000_000, "2025-11-20");
        return person;
    }

    private BenefitCase elderCase(Person person) {
        return payroll.active(
                person,
                Category.ELDERLY_POOR_ALONE,
                Map.of(),
                "2026-09-07",
                CaseworkFixture.officerOf(MUONG_PHANG),
                CaseworkFixture.chairmanOf(MUONG_PHANG));
    }

    private List<ListDecisions.Row> rows(ListRule rule, AdminUnitCode commune, YearMonth month, String ratesAsOf) {
        fx.em().clear();
        return new ListDecisions(fx.em())
                .preview(
                        rule,
                        UnitScope.of(commune, fx.units()),
                        month,
                        CaseworkRules.load(fx.em(), Instant.parse(ratesAsOf)).rates())
                .getOrDefault(commune, List.of());
    }

    @Test
    void aListDecisionFromAMonthAlreadyPaidProposesItsRecoveryForReviewNeverToCollectByItself() throws Exception {
        AdminUnitCode samMun = AdminUnitCode.of("03356");
        YearMonth move = YearMonth.of(2025, 11);
        Person person = fx.person(samMun, "Lò Văn Hồi Tố", PartialDate.of(1940, 4, 4), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase old = payroll.active(
                person,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-15",
                CaseworkFixture.officerOf(samMun),
                CaseworkFixture.chairmanOf(samMun));
        for (YearMonth month : List.of(move, move.plusMonths(1))) {
            payroll.approve(payroll.compute(payroll.create(samMun, month), 50_000));
        }
        try (var connection = fx.jdbc().connect();
                var paid = connection.prepareStatement("update payroll_line set payment_status = 'PAID',"
                        + " paid_on = for_month where case_id = ? and for_month >= ?")) {
            paid.setLong(1, old.id());
            paid.setDate(2, java.sql.Date.valueOf(move.atDay(1)));
            assertThat(paid.executeUpdate()).as("November and December paid").isEqualTo(2);
        }
        // Decree 335/2026 moves the group; the commune's list applies it from November, already paid
        ListDecision list = fx.run(
                        CaseworkFixture.officerOf(samMun),
                        "2026-01-05T02:00:00Z",
                        () -> new PrepareListCommand(
                                ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION, samMun, move, fx.units()))
                .get(0);
        fx.run(
                CaseworkFixture.chairmanOf(samMun),
                "2026-01-06T03:00:00Z",
                () -> new SignListDecisionCommand(list.id(), samMun, fx.units()));

        assertThat(fx.reload(old).lastMonth()).isEqualTo(move.minusMonths(1));
        List<Map<String, Object>> items = List.of(recovery(old, move), recovery(old, move.plusMonths(1)));
        for (Map<String, Object> item : items) {
            assertThat(item)
                    .as("a law change: in review, never to be collected by itself")
                    .containsEntry("status", "PROPOSED")
                    .containsEntry("raised_by", "LAW_CHANGE")
                    .containsEntry("amount", 500_000L);
        }
        long november = ((Number) items.get(0).get("id")).longValue();
        long december = ((Number) items.get(1).get("id")).longValue();
        fx.run(
                CaseworkFixture.chairmanOf(samMun),
                "2026-01-07T02:00:00Z",
                () -> new vn.ansinh.payment.application.ConfirmRecoveryCommand(november, samMun));
        fx.run(
                CaseworkFixture.chairmanOf(samMun),
                "2026-01-07T03:00:00Z",
                () -> new vn.ansinh.payment.application.WaiveRecoveryCommand(
                        december, samMun, "Chuyển chế độ theo danh sách, người hưởng không có lỗi"));
        assertThat(recovery(old, move)).containsEntry("status", "OPEN");
        assertThat(recovery(old, move.plusMonths(1))).containsEntry("status", "WAIVED");

        payroll.compute(payroll.create(samMun, YearMonth.of(2026, 1)), 50_000);

        Long opened = (Long) fx.jdbc()
                .row("select new_case_id from list_decision_entry where list_id = ?", list.id())
                .get("new_case_id");
        BenefitCase pension = fx.em().find(BenefitCase.class, opened);
        assertThat(payroll.amount(pension, "ARREARS", move))
                .as("the new scheme pays the months from the list's month")
                .isEqualTo(500_000L);
        assertThat(fx.jdbc().countOf("select count(*) from recovery_item where case_id = ?", old.id()))
                .as("the next payroll raises nothing again")
                .isEqualTo(2);
        assertThat(recovery(old, move)).containsEntry("status", "OPEN");
    }

    private Map<String, Object> recovery(BenefitCase c, YearMonth month) {
        return fx.jdbc()
                .row(
                        "select id, status, raised_by, amount from recovery_item where case_id = ? and for_month = ?",
                        c.id(),
                        java.sql.Date.valueOf(month.atDay(1)));
    }

    private long nextNumber(AdminUnitCode commune, int year) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select coalesce(max(sequence_no), 0) + 1 as n from decision"
                                + " where issuing_unit_code = ? and decision_year = ? and document_symbol = 'QĐ-UBND'",
                        commune.value(),
                        year);
        return ((Number) row.get("n")).longValue();
    }
}
