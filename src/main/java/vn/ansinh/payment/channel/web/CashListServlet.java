package vn.ansinh.payment.channel.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.payment.channel.application.CashList;
import vn.ansinh.payment.channel.application.CashListWorkbook;
import vn.ansinh.payment.channel.application.PaymentChannels;
import vn.ansinh.payment.channel.application.RunInfo;
import vn.ansinh.payment.channel.application.StopNotice;
import vn.ansinh.payment.channel.application.StopNoticeWorkbook;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The cash list of a run as a download, to any user who may see the run (auditors included: it is a
 * read): {@code /payments/12/cash.pdf} or {@code /payments/12/cash.xlsx}, with {@code ?commune=03253}
 * for one commune of the run; printing the list of an approved run records its lines as out for
 * payment ({@code RecordCashListPrintedCommand}, for those who may pay). The stop-payment notices:
 * {@code /payments/12/stop.pdf?bank=VBSP} or {@code .xlsx?commune=03253}. 404 for an unknown run or a commune outside it, 403 outside the user's
 * jurisdiction.
 */
@WebServlet("/payments/*")
public class CashListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(cash|stop)\\.(pdf|xlsx)");
    private static final Pattern BANK = Pattern.compile("[A-Z0-9_]{1,20}");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    @Inject
    private PaymentChannels channels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        String communeParameter = request.getParameter("commune");
        if (path == null
                || !path.matches()
                || (communeParameter != null
                        && !COMMUNE.matcher(communeParameter).matches())) {
            response.sendError(404);
            return;
        }
        AdminUnitCode commune = communeParameter == null ? null : AdminUnitCode.of(communeParameter);
        boolean pdf = path.group(3).equals("pdf");
        if (path.group(2).equals("stop")) {
            stopNotice(request, response, Long.valueOf(path.group(1)), commune, pdf);
            return;
        }
        RunInfo run;
        CashList list;
        try {
            run = channels.run(Long.valueOf(path.group(1)));
            list = channels.cashList(run, commune);
            channels.cashListPrinted(run, commune);
        } catch (AccessDeniedException e) {
            response.sendError(vn.ansinh.shared.web.Pages.statusOf(e));
            return;
        }
        byte[] content = pdf ? channels.cashListPdf(list) : CashListWorkbook.write(list);
        String name = "chi-tra-tien-mat-" + (commune == null ? run.unit().value() : commune.value()) + "-" + run.month()
                + (pdf ? ".pdf" : ".xlsx");
        send(response, content, name, pdf);
    }

    /** {@code /payments/12/stop.pdf?bank=VBSP} or {@code ?commune=03253}: the stop-payment notice to that bank or office. */
    private void stopNotice(
            HttpServletRequest request, HttpServletResponse response, long runId, AdminUnitCode commune, boolean pdf)
            throws IOException {
        String bank = request.getParameter("bank");
        if ((bank == null) == (commune == null)
                || (bank != null && !BANK.matcher(bank).matches())) {
            response.sendError(404);
            return;
        }
        StopNotice notice;
        RunInfo run;
        try {
            run = channels.run(runId);
            notice = channels.stopNotice(run, bank != null ? "bank:" + bank : "cash:" + commune.value());
        } catch (AccessDeniedException e) {
            response.sendError("error.notFound".equals(e.messageKey()) ? 404 : 403);
            return;
        }
        byte[] content = pdf ? channels.stopNoticePdf(notice) : StopNoticeWorkbook.write(notice);
        String name = "dung-chi-tra-" + (bank != null ? bank : commune.value()) + "-" + run.month()
                + (pdf ? ".pdf" : ".xlsx");
        send(response, content, name, pdf);
    }

    private static void send(HttpServletResponse response, byte[] content, String name, boolean pdf)
            throws IOException {
        response.setContentType(pdf ? "application/pdf" : CashListWorkbook.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
