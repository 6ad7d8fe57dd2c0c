// Long because one trace reads ten tables (run, line, three rate tables, decision, case and its events,
// application and its documents, account and its events, bank results, correction chain), one small query each.
package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.intake.domain.ApplicationStatus;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.payment.application.LineTraceRecords.Account;
import vn.ansinh.payment.application.LineTraceRecords.AccountEvent;
import vn.ansinh.payment.application.LineTraceRecords.Application;
import vn.ansinh.payment.application.LineTraceRecords.BankResult;
import vn.ansinh.payment.application.LineTraceRecords.Case;
import vn.ansinh.payment.application.LineTraceRecords.CaseEvent;
import vn.ansinh.payment.application.LineTraceRecords.Correction;
import vn.ansinh.payment.application.LineTraceRecords.Decision;
import vn.ansinh.payment.application.LineTraceRecords.Document;
import vn.ansinh.payment.application.LineTraceRecords.Line;
import vn.ansinh.payment.application.LineTraceRecords.Rate;
import vn.ansinh.payment.application.LineTraceRecords.Run;
import vn.ansinh.payment.application.LineTraceRecords.Trace;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.CurrentActor;

/**
 * A payroll line traced back to everything that produced it (issue 12, item 2): the run, the rate rows
 * with their legal acts, the decision, the case and its events, the application and its scanned
 * documents, the account it was paid into and the bank's result, and the correction chain. Read only; a
 * line outside the reader's jurisdiction (its beneficiary's commune, {@link UnitScope}) is refused as a
 * missing one.
 */
@ApplicationScoped
public class LineTrace {

    private static final String LINE = "SELECT l.id, l.person_id, b.full_name, l.payee_person_id, payee.full_name,"
            + " l.for_month, l.component, l.kind, l.correction, l.category, l.amount, l.due_amount, l.paid_before,"
            + " l.channel, l.bank_code, l.account_no, l.payment_status, l.paid_on, l.failure_reason, l.hold_reason,"
            + " l.commune_code, l.corrects_line_id, l.decision_id, l.case_id, l.standard_level_id, l.coefficient_id,"
            + " l.annex_rate_id, r.id, r.unit_code, (SELECT u.full_name FROM admin_unit u WHERE u.code = r.unit_code"
            + " ORDER BY u.valid_to IS NULL DESC, u.valid_to DESC LIMIT 1), r.pay_month, r.status, r.created_by,"
            + " r.created_at, r.computed_at, r.rates_as_of, r.approved_by, r.approved_at"
            + " FROM payroll_line l JOIN payroll_run r ON r.id = l.run_id JOIN person b ON b.id = l.person_id"
            + " LEFT JOIN person payee ON payee.id = l.payee_person_id WHERE l.id = ?";

    private static final String RATE_COLUMNS = " effective_from, legal_basis, document_number, document_date, status,"
            + " created_by, created_at, confirmed_by, confirmed_at";

    /** The rate tables, in the order the page shows them: level, coefficient, annex amount. */
    private static final List<String> RATE_SELECTS = List.of(
            "SELECT 'LEVEL', id, amount, NULL, NULL," + RATE_COLUMNS + " FROM standard_level WHERE id = ?",
            "SELECT 'COEFFICIENT', id, NULL, coefficient, NULL," + RATE_COLUMNS
                    + " FROM benefit_coefficient WHERE id = ?",
            "SELECT 'ANNEX', id, amount, multiple_of_standard, description_vi," + RATE_COLUMNS
                    + " FROM annex_rate WHERE id = ?");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    /** For the container. */
    public LineTrace() {}

    /** Outside the container (the tests), on an entity manager of the caller's. */
    public LineTrace(EntityManager em) {
        this.em = em;
    }

    /** The trace of a line for the logged-in user. */
    public Trace of(long lineId) {
        return of(lineId, units.scopeOf(currentActor.get()));
    }

    /**
     * The trace of a line for a reader of {@code scope}; {@link AccessDeniedException} for a line that
     * does not exist or lies outside the scope (the same answer, so the page says neither).
     */
    public Trace of(long lineId, UnitScope scope) {
        List<Object[]> found = rows(LINE, lineId);
        if (found.isEmpty()) {
            throw new AccessDeniedException("error.notFound", "no payroll line " + lineId);
        }
        Object[] r = found.get(0);
        Line line = new Line(
                id(r[0]),
                id(r[1]),
                (String) r[2],
                optionalId(r[3]),
                (String) r[4],
                month(r[5]),
                (String) r[6],
                LineKind.valueOf((String) r[7]),
                ((Number) r[8]).intValue(),
                Category.valueOf((String) r[9]),
                id(r[10]),
                optionalId(r[11]),
                optionalId(r[12]),
                PaymentChannel.valueOf((String) r[13]),
                (String) r[14],
                (String) r[15],
                PaymentStatus.valueOf((String) r[16]),
                date(r[17]),
                (String) r[18],
                (String) r[19],
                (String) r[20]);
        if (!scope.covers(AdminUnitCode.of(line.communeCode()))) {
            throw new AccessDeniedException("error.access.unit", "payroll line " + lineId + " outside " + scope);
        }
        Run run = new Run(
                id(r[27]),
                (String) r[28],
                (String) r[29],
                month(r[30]),
                PayrollStatus.valueOf((String) r[31]),
                (String) r[32],
                moment(r[33]),
                moment(r[34]),
                moment(r[35]),
                (String) r[36],
                moment(r[37]));
        Long correctsId = optionalId(r[21]);
        Long decisionId = optionalId(r[22]);
        Case benefitCase = benefitCase(id(r[23]));
        Account account = account(line.receiverId(), line.paidOn());
        return new Trace(
                run,
                line,
                rates(optionalId(r[24]), optionalId(r[25]), optionalId(r[26])),
                decisionId == null ? null : decision(decisionId),
                benefitCase,
                events(benefitCase.id()),
                application(benefitCase.applicationId()),
                documents(benefitCase.applicationId()),
                account,
                account == null ? List.of() : accountEvents(account.personId(), line.paidOn()),
                bankResults(line.id()),
                correctsId == null
                        ? null
                        : corrections("id = ?", correctsId).stream().findFirst().orElse(null),
                corrections("corrects_line_id = ?", line.id()));
    }

    private List<Rate> rates(Long levelId, Long coefficientId, Long annexId) {
        Long[] ids = {levelId, coefficientId, annexId};
        List<String> selects = new java.util.ArrayList<>();
        List<Object> parameters = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                selects.add(RATE_SELECTS.get(i));
                parameters.add(ids[i]);
            }
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        return rows(String.join(" UNION ALL ", selects), parameters.toArray()).stream()
                .map(r -> new Rate(
                        RateKind.valueOf((String) r[0]),
                        id(r[1]),
                        optionalId(r[2]),
                        (BigDecimal) r[3],
                        (String) r[4],
                        date(r[5]),
                        (String) r[6],
                        (String) r[7],
                        date(r[8]),
                        (String) r[9],
                        (String) r[10],
                        moment(r[11]),
                        (String) r[12],
                        moment(r[13])))
                .toList();
    }

    private Decision decision(long id) {
        return rows(
                        "SELECT id, number, kind, signed_on, signer_name, signer_title, legal_basis, effective_month,"
                                + " monthly_amount FROM decision WHERE id = ?",
                        id)
                .stream()
                .map(r -> new Decision(
                        id(r[0]),
                        (String) r[1],
                        DecisionKind.valueOf((String) r[2]),
                        date(r[3]),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        month(r[7]),
                        optionalId(r[8])))
                .findFirst()
                .orElse(null);
    }

    private Case benefitCase(long id) {
        Object[] r = rows(
                        "SELECT id, application_id, category, status, commune_code FROM benefit_case WHERE id = ?", id)
                .get(0);
        return new Case(
                id(r[0]), id(r[1]), Category.valueOf((String) r[2]), CaseStatus.valueOf((String) r[3]), (String) r[4]);
    }

    private List<CaseEvent> events(long caseId) {
        return rows(
                        "SELECT occurred_at, actor_name, transition, to_status, note FROM case_event WHERE case_id = ?"
                                + " ORDER BY occurred_at, id",
                        caseId)
                .stream()
                .map(r -> new CaseEvent(
                        moment(r[0]),
                        (String) r[1],
                        CaseTransition.valueOf((String) r[2]),
                        CaseStatus.valueOf((String) r[3]),
                        (String) r[4]))
                .toList();
    }

    private Application application(long id) {
        Object[] r = rows("SELECT id, received_on, status FROM application WHERE id = ?", id)
                .get(0);
        return new Application(id(r[0]), date(r[1]), ApplicationStatus.valueOf((String) r[2]));
    }

    private List<Document> documents(long applicationId) {
        return rows(
                        "SELECT id, kind, file_name, uploaded_at, uploaded_by FROM application_document"
                                + " WHERE application_id = ? ORDER BY uploaded_at, id",
                        applicationId)
                .stream()
                .map(r -> new Document(
                        id(r[0]), DocumentKind.valueOf((String) r[1]), (String) r[2], moment(r[3]), (String) r[4]))
                .toList();
    }

    /** The receiver's account, with its status at the end of the day of the payment (now, when unpaid). */
    private Account account(long personId, LocalDate paidOn) {
        List<Object[]> found =
                rows("SELECT status, bank_code, account_no FROM ss_account WHERE person_id = ?", personId);
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = found.get(0);
        AccountStatus now = AccountStatus.valueOf((String) r[0]);
        List<AccountEvent> events = accountEvents(personId, paidOn);
        AccountStatus then = paidOn == null
                ? now
                : events.isEmpty() ? null : events.get(events.size() - 1).toStatus();
        return new Account(personId, now, (String) r[1], (String) r[2], then);
    }

    /** The account's steps, up to the day of the payment when it was paid. */
    private List<AccountEvent> accountEvents(long personId, LocalDate paidOn) {
        String sql = "SELECT happened_on, from_status, to_status, source, actor, note FROM ss_account_event"
                + " WHERE person_id = ?" + (paidOn == null ? "" : " AND happened_on <= ?")
                + " ORDER BY happened_on, id";
        List<Object[]> found =
                paidOn == null ? rows(sql, personId) : rows(sql, personId, java.sql.Date.valueOf(paidOn));
        return found.stream()
                .map(r -> new AccountEvent(
                        date(r[0]),
                        r[1] == null ? null : AccountStatus.valueOf((String) r[1]),
                        AccountStatus.valueOf((String) r[2]),
                        AccountEventSource.valueOf((String) r[3]),
                        (String) r[4],
                        (String) r[5]))
                .toList();
    }

    private List<BankResult> bankResults(long lineId) {
        return rows(
                        "SELECT i.file_name, i.bank_code, i.imported_at, i.imported_by, r.file_row, r.outcome, r.detail,"
                                + " r.recorded_on FROM bank_result_row r JOIN bank_result_import i ON i.id = r.import_id"
                                + " WHERE r.line_id = ? ORDER BY i.imported_at, r.file_row",
                        lineId)
                .stream()
                .map(r -> new BankResult(
                        (String) r[0],
                        (String) r[1],
                        moment(r[2]),
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        ResultOutcome.valueOf((String) r[5]),
                        (String) r[6],
                        date(r[7])))
                .toList();
    }

    private List<Correction> corrections(String condition, long id) {
        return rows(
                        "SELECT id, for_month, kind, correction, amount, run_id FROM payroll_line WHERE " + condition
                                + " ORDER BY correction, id",
                        id)
                .stream()
                .map(r -> new Correction(
                        id(r[0]),
                        month(r[1]),
                        LineKind.valueOf((String) r[2]),
                        ((Number) r[3]).intValue(),
                        id(r[4]),
                        id(r[5])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optionalId(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static YearMonth month(Object value) {
        LocalDate day = date(value);
        return day == null ? null : YearMonth.from(day);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
