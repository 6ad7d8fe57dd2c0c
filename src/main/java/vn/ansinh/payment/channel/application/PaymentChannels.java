package vn.ansinh.payment.channel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.payment.channel.domain.BankResultImport;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Payment channels as the logged-in user uses them: reads are bounded by the user's jurisdiction (a
 * run of a unit outside it is refused, even by URL); exporting a bank file and applying a result file
 * are commands through the engine (never an auditor's).
 */
@ApplicationScoped
public class PaymentChannels {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CashListPdf pdf;

    @Inject
    private StopNoticePdf stopPdf;

    /** The run, if the user may see it: 404 when there is none, 403 outside the user's jurisdiction. */
    public RunInfo run(Long runId) {
        PayrollRun run = runId == null ? null : em.find(PayrollRun.class, runId);
        if (run == null) {
            throw new AccessDeniedException("error.notFound", "no payroll run " + runId);
        }
        if (!units.covers(currentActor.get(), run.unitCode())) {
            throw new AccessDeniedException("error.access.unit", "payroll run " + runId + " outside jurisdiction")
                    .about(run.unitCode());
        }
        return RunInfo.of(run, units.nameOf(run.unitCode()));
    }

    public ChannelSummary summary(RunInfo run) {
        return new ChannelSummary(new ChannelLines(em).totals(run.id()));
    }

    /** The communes with cash lines in the run, code → name. */
    public Map<String, String> cashCommunes(RunInfo run) {
        Map<String, String> communes = new LinkedHashMap<>();
        new ChannelLines(em).cashCommunes(run.id()).forEach(code -> communes.put(code.value(), units.nameOf(code)));
        return communes;
    }

    /** The bank names by code. */
    public Map<String, String> banks() {
        return Banks.all(em);
    }

    /** The cash list of the run, or of one of its communes (404 for a commune outside the run's unit). */
    public CashList cashList(RunInfo run, AdminUnitCode commune) {
        if (commune != null && !units.covers(run.unit(), commune)) {
            throw new AccessDeniedException("error.notFound", "commune " + commune + " not in run " + run.id());
        }
        List<PaymentLine> lines = new ChannelLines(em).cash(run.id(), commune);
        Map<String, String> names = new LinkedHashMap<>();
        lines.stream()
                .map(PaymentLine::communeCode)
                .distinct()
                .forEach(code -> names.put(code, units.nameOf(AdminUnitCode.of(code))));
        return new CashList(
                run.unitName(),
                commune == null ? null : units.nameOf(commune),
                run.month(),
                run.approved(),
                lines,
                names);
    }

    public byte[] cashListPdf(CashList list) {
        return pdf.render(list);
    }

    /**
     * Records that the user printed the cash list of an approved run (its lines are then out for
     * payment); a read for a user who may not pay (an auditor) or for a draft.
     */
    public void cashListPrinted(RunInfo run, AdminUnitCode commune) {
        RecordCashListPrintedCommand command = new RecordCashListPrintedCommand(run.id(), run.unit(), commune);
        if (run.approved() && engine.permits(command)) {
            engine.submit(command);
        }
    }

    /** The stop-payment notices of the run, one per bank and per commune with cash lines to stop. */
    public List<StopNotice> stopNotices(RunInfo run) {
        StopNotices notices = new StopNotices(em);
        return notices.recipients(run.id()).stream()
                .map(key -> stopNotice(run, key))
                .toList();
    }

    /** The notice to one recipient: {@code bank:VBSP} or {@code cash:03253} (404 for a commune outside the run's unit). */
    public StopNotice stopNotice(RunInfo run, String recipient) {
        boolean bank = recipient.startsWith("bank:");
        String code = recipient.substring(recipient.indexOf(':') + 1);
        AdminUnitCode commune = bank ? null : AdminUnitCode.of(code);
        if (commune != null && !units.covers(run.unit(), commune)) {
            throw new AccessDeniedException("error.notFound", "commune " + commune + " not in run " + run.id());
        }
        return new StopNotices(em).notice(run, bank ? code : null, commune, banks(), units::nameOf);
    }

    public byte[] stopNoticePdf(StopNotice notice) {
        return stopPdf.render(notice);
    }

    /** The bank or paying office answered a stop request for a line: paid anyway (recovered) or stopped. */
    public void recordStopOutcome(RunInfo run, long lineId, boolean paid) {
        engine.submit(new RecordStopOutcomeCommand(run.id(), run.unit(), lineId, paid));
    }

    /** Whether the user may export bank files and import results of the run (pages hide the buttons otherwise). */
    public boolean mayPay(RunInfo run) {
        return engine.permits(new ExportBankFileCommand(run.id(), run.unit(), "", ""));
    }

    /** Whether the user may record a bank's or paying office's answer to a stop request. */
    public boolean mayRecordStops(RunInfo run) {
        return engine.permits(new RecordStopOutcomeCommand(run.id(), run.unit(), 0, false));
    }

    /** Exports the run's transfers to a bank (the pending lines become EXPORTED); {@code format} csv or xlsx. */
    public BankFile export(RunInfo run, String bankCode, String format) {
        return engine.submit(new ExportBankFileCommand(run.id(), run.unit(), bankCode, format));
    }

    /** Reads a bank's result file for the run and reports each row; writes nothing. */
    public BankResultReport check(RunInfo run, String bankCode, String fileName, long size, InputStream content) {
        return new BankResultParser(run.id(), bankCode, new ChannelLines(em)::states).parse(fileName, size, content);
    }

    /** Applies the PAID and FAILED rows of a checked file, all or nothing. */
    public ImportOutcome apply(RunInfo run, BankResultReport report) {
        return engine.submit(new ImportBankResultCommand(run.id(), run.unit(), report));
    }

    /** The result files imported for the run, newest first. */
    public List<BankResultImport> imports(RunInfo run) {
        return em.createQuery(
                        "select i from BankResultImport i where i.runId = :run order by i.importedAt desc, i.id desc",
                        BankResultImport.class)
                .setParameter("run", run.id())
                .setMaxResults(50)
                .getResultList();
    }
}
