package vn.ansinh.payment.channel.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.payment.channel.application.CashList;
import vn.ansinh.payment.channel.application.CashListWorkbook;
import vn.ansinh.payment.channel.application.PaymentChannels;
import vn.ansinh.payment.channel.application.RunInfo;
import vn.ansinh.payment.channel.application.StopNotice;
import vn.ansinh.payment.channel.application.StopNoticeWorkbook;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * The cash list of a run as a download, to any user who may see the run (auditors included: it is a
 * read): {@code /payments/12/cash.pdf} or {@code /payments/12/cash.xlsx}, with {@code ?commune=03253}
 * for one commune of the run; printing the list of an approved run records its lines as out for
 * payment ({@code RecordCashListPrintedCommand}, for those who may pay). The stop-payment notices:
 * {@code /payments/12/stop.pdf?bank=VBSP} or {@code .xlsx?commune=03253}. 404 for an unknown run, a commune
 * outside it or a run outside the user's jurisdiction, 403 for a role that may not see runs.
 */
@WebServlet("/payments/*")
public class CashListServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(cash|stop)\\.(pdf|xlsx)");
    private static final Pattern BANK = Pattern.compile("[A-Z0-9_]{1,20}");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    @Inject
    private PaymentChannels channels;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        Matcher path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        String communeParameter = request.getParameter("commune");
        if (path == null
                || !path.matches()
                || (communeParameter != null
                        && !COMMUNE.matcher(communeParameter).matches())) {
            return Optional.empty();
        }
        AdminUnitCode commune = communeParameter == null ? null : AdminUnitCode.of(communeParameter);
        boolean pdf = path.group(3).equals("pdf");
        long runId = Long.parseLong(path.group(1));
        if (path.group(2).equals("stop")) {
            return stopNotice(request.getParameter("bank"), runId, commune, pdf);
        }
        RunInfo run = channels.run(runId);
        CashList list = channels.cashList(run, commune);
        channels.cashListPrinted(run, commune);
        byte[] content = pdf ? channels.cashListPdf(list) : CashListWorkbook.write(list);
        String name =
                "chi-tra-tien-mat-" + (commune == null ? run.unit().value() : commune.value()) + "-" + run.month();
        return Optional.of(file(name, content, pdf)
                .disclosing(AccessKind.CASH_LIST, commune == null ? run.unit() : commune, null, name));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.CASH_LIST;
    }

    /** {@code /payments/12/stop.pdf?bank=VBSP} or {@code ?commune=03253}: the stop-payment notice to that bank or office. */
    private Optional<Download> stopNotice(String bank, long runId, AdminUnitCode commune, boolean pdf) {
        if ((bank == null) == (commune == null)
                || (bank != null && !BANK.matcher(bank).matches())) {
            return Optional.empty();
        }
        RunInfo run = channels.run(runId);
        StopNotice notice = channels.stopNotice(run, bank != null ? "bank:" + bank : "cash:" + commune.value());
        byte[] content = pdf ? channels.stopNoticePdf(notice) : StopNoticeWorkbook.write(notice);
        String name = "dung-chi-tra-" + (bank != null ? bank : commune.value()) + "-" + run.month();
        return Optional.of(file(name, content, pdf)
                .disclosing(AccessKind.CASH_LIST, commune == null ? run.unit() : commune, null, name));
    }

    private static Download file(String baseName, byte[] content, boolean pdf) {
        return pdf
                ? Download.of(baseName + ".pdf", "application/pdf", content)
                : Download.of(baseName + ".xlsx", CashListWorkbook.CONTENT_TYPE, content);
    }
}
