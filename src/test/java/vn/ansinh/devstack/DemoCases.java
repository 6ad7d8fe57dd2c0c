package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.SignStopDecisionCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.payment.application.ApprovePayrollCommand;
import vn.ansinh.payment.application.CreatePayrollCommand;
import vn.ansinh.payment.application.FinishPayrollCommand;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.channel.application.RecordCashListPrintedCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.RecordPensionCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Demo cases, made through the application's own commands on fixed dates so that both regimes
 * show: social-assistance decisions signed by the Tuần Giáo district chairman in 2024, by the
 * commune chairman in 2026, a meritorious person decided by the provincial Department of Home
 * Affairs, and work waiting in each worklist (on time, overdue, returned, in preparation).
 */
final class DemoCases {

    static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    static final AdminUnitCode QUY_HOP = AdminUnitCode.of("17035");
    static final Actor OFFICER_TG = actor("officer.tuangiao", "Lò Văn Thành", TUAN_GIAO, Role.COMMUNE_OFFICER);
    static final Actor OFFICER_QH = actor("officer.quyhop", "Nguyễn Thị Hoa", QUY_HOP, Role.COMMUNE_OFFICER);
    static final Actor CHAIRMAN_TG = actor("approver.tuangiao", "Quàng Văn Bình", TUAN_GIAO, Role.APPROVER);
    static final Actor DISTRICT =
            actor("approver.huyentuangiao", "Lò Văn Mừng", AdminUnitCode.of("099"), Role.APPROVER);
    static final Actor PROVINCE = actor("approver.dienbien", "Nguyễn Văn Hải", AdminUnitCode.of("11"), Role.APPROVER);
    static final Actor APPROVER_QH = actor("approver.quyhop", "Vi Văn Sơn", QUY_HOP, Role.APPROVER);
    static final Actor CHAIRMAN_QH =
            actor("chairman.quyhop", "Lang Văn Tình", QUY_HOP, Role.COMMUNE_OFFICER, Role.APPROVER);
    static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final EntityManager em;
    private final AdminUnitTree units;
    private final Path documents;
    private StoredFile scan;
    private Long lateDeathPersonId;

    private DemoCases(EntityManager em, Path documents) {
        this.em = em;
        this.documents = documents;
        this.units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
    }

    /** What was made: the beneficiaries drawn per commune, the year's events, the gift entries paid. */
    record Outcome(Map<String, List<DemoScalePlan.Beneficiary>> drawn, DemoYear.Tally year, int giftPaid) {}

    /** Makes the demo cases and the demo year, or nothing (null) when the database has cases already. */
    static Outcome ensure(DatabaseServer database, Path documents, PrintStream out) {
        EntityManagerFactory emf = AppPersistence.open(database);
        try {
            EntityManager em = emf.createEntityManager();
            if (em.createQuery("select count(c) from BenefitCase c", Long.class).getSingleResult() > 0) {
                return null;
            }
            long started = System.nanoTime();
            out.println(
                    "  demo data: the demo communes at the seeds' scale (cases, decisions, accounts, 2026 review)...");
            // the rates and authorities as confirmed at the end of November 2025, the last month of the bulk decisions
            Map<String, List<DemoScalePlan.Beneficiary>> drawn =
                    DemoScale.cases(database, DemoRules.load(em, Instant.parse("2025-11-30T17:00:00Z")));
            out.println("  demo data: cases and decisions of both regimes (before and after 1 Jul 2025)...");
            DemoCases cases = new DemoCases(em, documents);
            cases.create();
            out.printf("  demo data: cases written in %.1f s%n", (System.nanoTime() - started) / 1e9);
            out.println("  demo data: a year of payrolls, deaths, moves, arrears, recovery and the Tết 2026 list...");
            long year = System.nanoTime();
            DemoGift gift = new DemoGift(cases, em, cases.units);
            DemoYear.Tally tally = new DemoYear(cases, em, cases.units).run(gift);
            out.printf(
                    "  demo data: %d payrolls, %d deaths (%d reported late, %d lines paid anyway: recovery), %d moves,"
                            + " %d new cases in %.1f s%n",
                    tally.payrolls(),
                    tally.deaths(),
                    tally.lateDeaths(),
                    tally.recovered(),
                    tally.moves(),
                    tally.newCases(),
                    (System.nanoTime() - year) / 1e9);
            em.close();
            return new Outcome(drawn, tally, gift.paid());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not write the demo communes' cases: " + e.getMessage(), e);
        } finally {
            emf.close();
        }
    }

    /**
     * Brings the optimizer's statistics of the tables up to the rows just written. MariaDB recalculates them in the
     * background after a tenth of a table has changed, but not soon enough for the demo's next statement: MariaDB 11.4
     * (the embedded server of {@code ./run.sh}), costing joins over a {@code payroll_line} it still believed empty or
     * small, took 11–66 s for a monthly statement of the first two months (133 s for the whole demo data against 48 s
     * into the machine's 10.11, whose optimizer chose the indexes anyway). {@link DemoYear} analyzes the lines after
     * each payroll.
     */
    static void analyze(EntityManager em, String table) {
        Transactions.inTransaction(
                em, () -> em.createNativeQuery("ANALYZE TABLE " + table).getResultList());
    }

    private void create() {
        List<Long> tg = people(TUAN_GIAO, 10);
        lateDeathPersonId = tg.get(1);
        List<Long> qh = people(QUY_HOP, 4);
        // 2024: the district chairman signs after the commune's 2-day posting (Decree 20/2021)
        approvedIn2024(tg.get(0));
        approvedIn2024(tg.get(1));
        // 2026: the commune chairman signs social assistance (Decree 147/2025)
        BenefitCase c = submitted(tg.get(2), Category.DISABLED, SEVERE, OFFICER_TG, "2026-02-02T02:00:00Z");
        run(CHAIRMAN_TG, "2026-02-04T03:00:00Z", () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, units));
        // 2026: a meritorious person, decided by the provincial Department of Home Affairs (Decree 129/2025)
        BenefitCase m = submitted(
                tg.get(3),
                Category.WAR_INVALID,
                Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "61"),
                OFFICER_TG,
                "2026-03-02T02:00:00Z");
        run(PROVINCE, "2026-03-06T03:00:00Z", () -> new ApproveCaseCommand(m.id(), TUAN_GIAO, units));
        // waiting: overdue, on time, returned, in preparation
        submitted(tg.get(4), Category.DISABLED, SEVERE, OFFICER_TG, "2026-10-01T02:00:00Z");
        // a single parent of a household the 2025 review found poor (the category's condition in 2026)
        poor(TUAN_GIAO, tg)
                .ifPresent(p -> submitted(
                        p,
                        Category.SINGLE_PARENT_POOR,
                        Map.of(ProgrammeField.CHILDREN_COUNT, "1"),
                        OFFICER_TG,
                        today()));
        submitted(tg.get(6), Category.HEROIC_MOTHER, Map.of(), OFFICER_TG, today());
        BenefitCase r = submitted(tg.get(7), Category.DISABLED, SEVERE, OFFICER_TG, "2026-09-01T02:00:00Z");
        run(
                CHAIRMAN_TG,
                "2026-09-03T03:00:00Z",
                () -> new CaseTransitionCommand(
                        r.id(),
                        TUAN_GIAO,
                        CaseTransition.RETURN,
                        "Thiếu giấy xác nhận mức độ khuyết tật của Hội đồng xác định mức độ khuyết tật xã.",
                        units));
        application(
                tg.get(8),
                Category.CHILD_WITHOUT_SUPPORT,
                Map.of(ProgrammeField.ORPHAN_STATUS, "ORPHAN_BOTH_PARENTS"),
                OFFICER_TG,
                today());
        // Quỳ Hợp: one submitted by the chairman who also registers (someone else must approve it)
        submitted(qh.get(0), Category.DISABLED, SEVERE, CHAIRMAN_QH, today());
        poor(QUY_HOP, qh)
                .ifPresent(p -> submitted(
                        p,
                        Category.SINGLE_PARENT_POOR,
                        Map.of(ProgrammeField.CHILDREN_COUNT, "2"),
                        OFFICER_QH,
                        today()));
        // members of households the 2025 review found poor, recognised for 2026 after the commune's posting: the
        // state pays their health insurance (group HN of the VSS list); no monthly money
        for (Long member : poorMembers(TUAN_GIAO, 6)) {
            recognisedPoor(member, TUAN_GIAO, OFFICER_TG, CHAIRMAN_TG);
        }
        for (Long member : poorMembers(QUY_HOP, 3)) {
            recognisedPoor(member, QUY_HOP, OFFICER_QH, CHAIRMAN_QH);
        }
        // one beneficiary paid by transfer into a verified social-security account
        verifiedAccount(tg.get(0), "AGRIBANK", "8900205123456");
        // a Heroic Mother (allowance + supplement) whose caregiver, a person of the registry, is paid the
        // caregiver allowance; a social-pension recipient decided by the commune chairman
        elder(TUAN_GIAO, "FEMALE").ifPresent(motherId -> {
            BenefitCase mother = submitted(
                    motherId,
                    Category.HEROIC_MOTHER,
                    Map.of(ProgrammeField.CAREGIVER_PERSON_ID, String.valueOf(tg.get(9))),
                    OFFICER_TG,
                    "2026-03-02T02:30:00Z");
            run(PROVINCE, "2026-03-06T03:30:00Z", () -> new ApproveCaseCommand(mother.id(), TUAN_GIAO, units));
        });
        elder(TUAN_GIAO, "MALE").ifPresent(pensionerId -> {
            run(OFFICER_TG, "2025-09-02T02:00:00Z", () -> new RecordPensionCommand(pensionerId, TUAN_GIAO, false));
            BenefitCase pension = submitted(
                    pensionerId, Category.SOCIAL_PENSION_75_NO_PENSION, Map.of(), OFFICER_TG, "2025-09-03T02:00:00Z");
            run(CHAIRMAN_TG, "2025-09-05T03:00:00Z", () -> new ApproveCaseCommand(pension.id(), TUAN_GIAO, units));
        });
    }

    /**
     * A beneficiary decided in 2024 died on 20 Oct 2026, reported after November's payroll was approved:
     * November's cash line is asked to be stopped at the paying office (the outcome left to the demo), the chairman signs the termination and the family's funeral case is open.
     * {@link DemoYear} runs it once November's payroll is approved.
     */
    void lateDeath() {
        Long personId = lateDeathPersonId;
        run(
                OFFICER_TG,
                "2026-11-20T02:00:00Z",
                () -> new RecordDeathCommand(personId, TUAN_GIAO, LocalDate.of(2026, 10, 20)));
        BenefitCase died = em.createQuery(
                        "select c from BenefitCase c where c.personId = :p and c.category = :k", BenefitCase.class)
                .setParameter("p", personId)
                .setParameter("k", Category.DISABLED)
                .getSingleResult();
        run(CHAIRMAN_TG, "2026-11-23T03:00:00Z", () -> new SignStopDecisionCommand(died.id(), TUAN_GIAO, units));
    }

    private void verifiedAccount(Long personId, String bank, String number) {
        Transactions.inTransaction(
                em,
                () -> em.createNativeQuery(
                                "INSERT INTO ss_account (person_id, status, bank_code, account_no, commune_code, province_code,"
                                        + " opened_on, registered_on, verified_on, updated_at, updated_by)"
                                        + " SELECT id, 'VERIFIED', ?, ?, commune_code, province_code, '2025-08-01', '2025-08-20', '2025-09-02',"
                                        + " UTC_TIMESTAMP(6), 'demo' FROM person WHERE id = ?")
                        .setParameter(1, bank)
                        .setParameter(2, number)
                        .setParameter(3, personId)
                        .executeUpdate());
    }

    /**
     * The month's payroll of a demo commune, computed on its first day with the rates confirmed then, as the job
     * does (its steps, then {@link FinishPayrollCommand} run as the system: arrears, recovery items, totals and
     * the computation's audit row), and approved.
     */
    void payroll(AdminUnitCode commune, Actor approver, YearMonth month) {
        String day = month.atDay(1) + "T02:00:00Z";
        Instant asOf = Instant.parse(day);
        Actor admin = actor("admin", "Phạm Quốc Hùng", AdminUnitCode.NATIONAL, Role.ADMIN);
        StepTimer timer = new StepTimer(commune + " " + month);
        PayrollRun run = run(admin, day, () -> new CreatePayrollCommand(commune, month, units));
        timer.step("create");
        PayrollScope scope = PayrollScope.of(commune, units);
        Transactions.inTransaction(em, () -> {
            em.find(PayrollRun.class, run.id()).startComputing(0, "demo-data");
            PayrollComputation computation = new PayrollComputation(em);
            computation.prepare(run.id(), month, true, asOf);
            em.createNativeQuery("UPDATE payroll_run SET rates_as_of = ? WHERE id = ?")
                    .setParameter(1, ConfirmedRates.parameter(asOf))
                    .setParameter(2, run.id())
                    .executeUpdate();
            timer.step("prepare");
            for (PayrollComputation.Partition partition : computation.partitions(scope, 50_000)) {
                computation.monthly(run.id(), month, scope, partition);
            }
            timer.step("monthly");
            computation.differences(run.id(), month, scope, asOf);
            timer.step("differences");
        });
        run(Actor.SYSTEM, month.atDay(1) + "T02:30:00Z", () -> new FinishPayrollCommand(run.id(), commune, units));
        timer.step("finish");
        run(approver, month.atDay(3) + "T03:00:00Z", () -> new ApprovePayrollCommand(run.id(), commune));
        timer.step("approve");
        // the cash list printed for the paying office: a death reported after this asks the office to stop the line
        Actor officer = commune.equals(TUAN_GIAO) ? OFFICER_TG : OFFICER_QH;
        run(officer, month.atDay(4) + "T02:00:00Z", () -> new RecordCashListPrintedCommand(run.id(), commune, commune));
        timer.step("cash list");
        timer.print(System.out);
    }

    /** The seconds of each step of a demo payroll, printed with {@code -Ddemo.steps=true} (DemoDataTiming). */
    private static final class StepTimer {
        private final String name;
        private final StringBuilder steps = new StringBuilder();
        private long last = System.nanoTime();
        private final long first = last;

        StepTimer(String name) {
            this.name = name;
        }

        void step(String step) {
            long now = System.nanoTime();
            steps.append(String.format(java.util.Locale.ROOT, " %s %.2f", step, (now - last) / 1e9));
            last = now;
        }

        void print(PrintStream out) {
            if (Boolean.getBoolean("demo.steps")) {
                out.printf(java.util.Locale.ROOT, "    payroll %s: %.1f s:%s%n", name, (last - first) / 1e9, steps);
            }
        }
    }

    private void approvedIn2024(Long personId) {
        BenefitCase c = submitted(personId, Category.DISABLED, SEVERE, OFFICER_TG, "2024-09-03T02:00:00Z");
        run(
                OFFICER_TG,
                "2024-09-03T03:00:00Z",
                () -> new CaseTransitionCommand(c.id(), TUAN_GIAO, CaseTransition.START_POSTING, null, units));
        run(DISTRICT, "2024-09-06T03:00:00Z", () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, units));
    }

    BenefitCase submitted(
            Long personId, Category category, Map<ProgrammeField, String> values, Actor officer, String instant) {
        Application application = application(personId, category, values, officer, instant);
        return run(officer, instant, () -> new SubmitCaseCommand(application.id(), officer.unit()));
    }

    private Application application(
            Long personId, Category category, Map<ProgrammeField, String> values, Actor officer, String instant) {
        LocalDate day = LocalDate.ofInstant(Instant.parse(instant), ZoneOffset.ofHours(7));
        Application application = run(
                officer,
                instant,
                () -> new OpenApplicationCommand(personId, officer.unit(), category, values, day, day));
        run(
                officer,
                instant,
                () -> new AttachDocumentCommand(
                        application.id(), officer.unit(), DocumentKind.APPLICATION_FORM, scan()));
        return application;
    }

    /** The oldest living person of the commune of the sex, born in 1948 or before (75 and over since 2023). */
    private java.util.Optional<Long> elder(AdminUnitCode commune, String sex) {
        return em
                .createNativeQuery(
                        "SELECT id FROM person WHERE commune_code = ? AND date_of_death IS NULL AND birth_year <= 1948"
                                + " AND sex = ? AND NOT EXISTS (SELECT 1 FROM benefit_case b WHERE b.person_id = person.id)"
                                + " ORDER BY birth_year, id LIMIT 1")
                .setParameter(1, commune.value())
                .setParameter(2, sex)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .findFirst();
    }

    /** A person of the commune, not among {@code taken}, whose household the 2025 review found poor. */
    private java.util.Optional<Long> poor(AdminUnitCode commune, List<Long> taken) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "SELECT p.id FROM person p JOIN household_member m ON m.person_id = p.id"
                                + " JOIN poverty_review r ON r.household_id = m.household_id AND r.review_year = 2025"
                                + " WHERE p.commune_code = ? AND p.date_of_death IS NULL AND p.birth_year BETWEEN 1960 AND 2000"
                                + " AND r.classification = 'POOR'"
                                + " AND NOT EXISTS (SELECT 1 FROM benefit_case b WHERE b.person_id = p.id) ORDER BY p.id")
                .setParameter(1, commune.value())
                .getResultList();
        return ids.stream()
                .map(id -> ((Number) id).longValue())
                .filter(id -> !taken.contains(id))
                .findFirst();
    }

    /** Up to {@code count} living people without a case whose household the 2025 review found poor. */
    private List<Long> poorMembers(AdminUnitCode commune, int count) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "SELECT p.id FROM person p JOIN household_member m ON m.person_id = p.id"
                                + " JOIN poverty_review r ON r.household_id = m.household_id AND r.review_year = 2025"
                                + " WHERE p.commune_code = ? AND p.date_of_death IS NULL AND r.classification = 'POOR'"
                                + " AND NOT EXISTS (SELECT 1 FROM benefit_case b WHERE b.person_id = p.id)"
                                + " ORDER BY m.household_id, p.id")
                .setParameter(1, commune.value())
                .setMaxResults(count)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** A poor household's member recognised for 2026: applied, posted at the commune, signed by the chairman. */
    private void recognisedPoor(Long personId, AdminUnitCode commune, Actor officer, Actor chairman) {
        BenefitCase c = submitted(
                personId,
                Category.POOR_HOUSEHOLD_MEMBER,
                Map.of(ProgrammeField.SUPPORT_KIND, "HEALTH_INSURANCE"),
                officer,
                "2026-01-05T02:00:00Z");
        run(
                officer,
                "2026-01-05T03:00:00Z",
                () -> new CaseTransitionCommand(c.id(), commune, CaseTransition.START_POSTING, null, units));
        run(chairman, "2026-01-09T03:00:00Z", () -> new ApproveCaseCommand(c.id(), commune, units));
    }

    private List<Long> people(AdminUnitCode commune, int count) {
        return em.createQuery(
                        "select p.id from Person p where p.communeCode = :c and p.dateOfDeath is null"
                                + " and p.birthYear between 1950 and 1990"
                                + " and not exists (select b from BenefitCase b where b.personId = p.id) order by p.id",
                        Long.class)
                .setParameter("c", commune.value())
                .setMaxResults(count)
                .getResultList();
    }

    /** A small scanned form in the document store, shared by the demo dossiers. */
    private StoredFile scan() {
        if (scan == null) {
            byte[] pdf = "%PDF-1.4\n% Don de nghi tro cap (ban mau)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            try {
                String sha = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
                Path file = documents.resolve(sha.substring(0, 2)).resolve(sha);
                Files.createDirectories(file.getParent());
                Files.write(file, pdf);
                scan = new StoredFile(sha, pdf.length, ScanMediaType.PDF, "don-de-nghi.pdf");
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Could not store the demo scan: " + e.getMessage(), e);
            }
        }
        return scan;
    }

    <R> R run(Actor actor, String instant, Supplier<Command<R>> command) {
        return new CommandsOnDay(em, units, denial -> {}).run(actor, instant, command);
    }

    private static String today() {
        return Instant.now().toString();
    }

    static Actor actor(String username, String name, AdminUnitCode unit, Role... roles) {
        return new Actor(username, name, Set.of(roles), unit);
    }
}
