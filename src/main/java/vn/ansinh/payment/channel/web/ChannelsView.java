package vn.ansinh.payment.channel.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ansinh.payment.channel.application.BankFile;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.payment.channel.application.BankFileWorkbook;
import vn.ansinh.payment.channel.application.BankResultReport;
import vn.ansinh.payment.channel.application.CashListWorkbook;
import vn.ansinh.payment.channel.application.ChannelSummary;
import vn.ansinh.payment.channel.application.ImportOutcome;
import vn.ansinh.payment.channel.application.PaymentChannels;
import vn.ansinh.payment.channel.application.RunInfo;
import vn.ansinh.payment.channel.application.StopNotice;
import vn.ansinh.payment.channel.domain.BankResultImport;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.RecordParam;
import vn.ansinh.shared.web.Uploads;

/**
 * The payment channels of a run ({@code /payment/channels.xhtml?runId=12}): totals per channel and
 * bank, the cash list downloads, the bank file exports, and the upload of a bank's result file with
 * its report before confirming.
 */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentChannels channels;

    @Inject
    private AccessLog accessLog;

    private String runId;
    private RunInfo run;
    private ChannelSummary summary;
    private List<Commune> communes;
    private Map<String, String> banks;
    private List<BankResultImport> imports;
    private boolean mayPay;
    private boolean mayRecordStops;
    private List<StopNotice> notices;
    private String bankCode;
    private BankResultReport report;
    private ImportOutcome outcome;

    /** A commune with cash lines in the run. */
    public record Commune(String code, String name) implements Serializable {}

    public void load() {
        run = RecordParam.find(runId, channels::run).orElse(null);
        if (run == null) {
            return;
        }
        banks = channels.banks();
        mayPay = channels.mayPay(run);
        mayRecordStops = channels.mayRecordStops(run);
        refresh();
    }

    private void refresh() {
        summary = channels.summary(run);
        communes = channels.cashCommunes(run).entrySet().stream()
                .map(e -> new Commune(e.getKey(), e.getValue()))
                .toList();
        imports = channels.imports(run);
        notices = channels.stopNotices(run);
        if (bankCode == null && summary.banks().size() == 1) {
            bankCode = summary.banks().get(0).key();
        }
    }

    public StreamedContent csv(String bank) {
        return export(bank, "csv");
    }

    public StreamedContent xlsx(String bank) {
        return export(bank, "xlsx");
    }

    private StreamedContent export(String bank, String format) {
        return PageActions.attemptFor(() -> {
                    BankFile file = channels.export(run, bank, format);
                    boolean csv = format.equals("csv");
                    byte[] content = csv ? BankFileCsv.write(file) : BankFileWorkbook.write(file);
                    accessLog.read(AccessKind.BANK_FILE, run.unit(), null, file.baseName() + "." + format);
                    return DefaultStreamedContent.builder()
                            .name(file.baseName() + "." + format)
                            .contentType(csv ? BankFileCsv.CONTENT_TYPE : CashListWorkbook.CONTENT_TYPE)
                            .contentLength((long) content.length)
                            .stream(() -> new ByteArrayInputStream(content))
                            .build();
                })
                .orElse(null);
    }

    public void upload(FileUploadEvent event) {
        outcome = null;
        report = null;
        if (bankCode == null || !banks.containsKey(bankCode)) {
            Messages.error("channels.result.chooseBank");
            return;
        }
        Uploads.check(event, (name, size, content) -> channels.check(run, bankCode, name, size, content))
                .ifPresent(checked -> report = checked);
    }

    public void confirm() {
        PageActions.attempt(() -> {
            outcome = channels.apply(run, report);
            report = null;
            refresh();
            Messages.info("channels.result.done", outcome.paid(), outcome.failed(), outcome.notApplied());
        });
    }

    /** The bank or paying office answered a stop request: paid anyway (a recovery item) or not paid (held). */
    public void recordStop(long lineId, boolean paid) {
        PageActions.attempt(() -> {
            channels.recordStopOutcome(run, lineId, paid);
            refresh();
            Messages.info(paid ? "channels.stop.done.paid" : "channels.stop.done.stopped");
        });
    }

    public String text(UploadMessage<?> problem) {
        return problem == null ? "" : Messages.text(problem.messageKey(), problem.messageArguments());
    }

    public String bankName(String code) {
        return banks.getOrDefault(code, code);
    }

    public String getRunId() {
        return runId;
    }

    public void setRunId(String runId) {
        this.runId = runId;
    }

    public RunInfo getRun() {
        return run;
    }

    public ChannelSummary getSummary() {
        return summary;
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public Map<String, String> getBanks() {
        return banks;
    }

    public List<BankResultImport> getImports() {
        return imports;
    }

    public boolean isMayPay() {
        return mayPay;
    }

    public boolean isMayRecordStops() {
        return mayRecordStops;
    }

    public List<StopNotice> getNotices() {
        return notices;
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    /** The confirmation's question: the file, how many lines it marks paid and failed, and the amount marked paid. */
    public String getConfirmQuestion() {
        if (report == null) {
            return "";
        }
        long paid = report.rows(vn.ansinh.payment.channel.domain.ResultOutcome.PAID).stream()
                .mapToLong(vn.ansinh.payment.channel.application.ResultRow::amount)
                .sum();
        return Messages.text(
                "channels.result.confirm.question",
                report.fileName(),
                report.count(vn.ansinh.payment.channel.domain.ResultOutcome.PAID),
                vn.ansinh.shared.text.VietnameseFormat.money(paid),
                report.count(vn.ansinh.payment.channel.domain.ResultOutcome.FAILED));
    }

    public BankResultReport getReport() {
        return report;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }
}
