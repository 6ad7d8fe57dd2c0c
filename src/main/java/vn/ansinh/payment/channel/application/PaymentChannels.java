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
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
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

    /** The run, if the user may see it: 404 when there is none, 403 outside the user's jurisdiction. */
    public RunInfo run(Long runId) {
        PayrollRun run = runId == null ? null : em.find(PayrollRun.class, runId);
        if (run == null) {
            throw new AccessDeniedException("error.notFound", "no payroll run " + runId);
        }
        if (!units.covers(currentActor.get(), run.unitCode())) {
            throw new AccessDeniedException("error.access.unit", "payroll run " + runId + " outside jurisdiction");
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
        lines.stream().map(PaymentLine::communeCode).distinct()
                .forEach(code -> names.put(code, units.nameOf(AdminUnitCode.of(code))));
        return new CashList(run.unitName(), commune == null ? null : units.nameOf(commune), run.month(), run.approved(),
                lines, names);
    }

    public byte[] cashListPdf(CashList list) {
        return pdf.render(list);
    }

    /** Whether the user may export bank files and import results of the run (pages hide the buttons otherwise). */
    public boolean mayPay(RunInfo run) {
        return engine.permits(new ExportBankFileCommand(run.id(), run.unit(), "", ""));
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
        return em.createQuery("select i from BankResultImport i where i.runId = :run order by i.importedAt desc, i.id desc",
                BankResultImport.class).setParameter("run", run.id()).setMaxResults(50).getResultList();
    }
}
