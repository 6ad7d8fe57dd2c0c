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
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * The cash list of a run as a download, to any user who may see the run (auditors included: it is a
 * read): {@code /payments/12/cash.pdf} or {@code /payments/12/cash.xlsx}, with {@code ?commune=03253}
 * for one commune of the run. 404 for an unknown run or a commune outside it, 403 outside the user's
 * jurisdiction.
 */
@WebServlet("/payments/*")
public class CashListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/cash\\.(pdf|xlsx)");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    @Inject
    private PaymentChannels channels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        String communeParameter = request.getParameter("commune");
        if (path == null || !path.matches()
                || (communeParameter != null && !COMMUNE.matcher(communeParameter).matches())) {
            response.sendError(404);
            return;
        }
        AdminUnitCode commune = communeParameter == null ? null : AdminUnitCode.of(communeParameter);
        RunInfo run;
        CashList list;
        try {
            run = channels.run(Long.valueOf(path.group(1)));
            list = channels.cashList(run, commune);
        } catch (AccessDeniedException e) {
            response.sendError(vn.ansinh.shared.web.Pages.statusOf(e));
            return;
        }
        boolean pdf = path.group(2).equals("pdf");
        byte[] content = pdf ? channels.cashListPdf(list) : CashListWorkbook.write(list);
        String name = "chi-tra-tien-mat-" + (commune == null ? run.unit().value() : commune.value()) + "-" + run.month()
                + (pdf ? ".pdf" : ".xlsx");
        response.setContentType(pdf ? "application/pdf" : CashListWorkbook.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
