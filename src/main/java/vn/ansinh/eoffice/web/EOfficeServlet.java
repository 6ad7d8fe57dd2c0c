package vn.ansinh.eoffice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * The e-office packages: {@code /eoffice/decisions/125.zip} (a decision's PDF and {@code metadata.xml}, to a user
 * who may see its case), {@code /eoffice/list-decisions/7.zip} (a signed list decision's, to a user whose unit
 * covers its commune) and {@code /eoffice/days/03253/2026-03-05.zip} (the decisions, individual and list, a unit
 * issued on a day, to its approvers, administrators and auditors).
 */
@WebServlet("/eoffice/*")
public class EOfficeServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern DAY = Pattern.compile("/days/(\\d{1,10})/(\\d{4}-\\d{2}-\\d{2})\\.zip");

    @Inject
    private EOfficeService eoffice;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return Optional.empty();
        }
        if (path.startsWith("/decisions/")) {
            Long id = idOf(path.substring("/decisions".length()), ".zip");
            if (id == null) {
                return Optional.empty();
            }
            Decision decision = eoffice.decision(id);
            return Optional.of(Download.of(
                            eoffice.metadata(decision).fileStem() + ".zip",
                            "application/zip",
                            eoffice.decisionPackage(decision))
                    .disclosing(
                            AccessKind.DECISION,
                            eoffice.commune(decision),
                            decision.personId(),
                            decision.number() + " (#" + decision.id() + ") e-office"));
        }
        if (path.startsWith("/list-decisions/")) {
            Long id = idOf(path.substring("/list-decisions".length()), ".zip");
            if (id == null) {
                return Optional.empty();
            }
            ListDecision list = eoffice.listDecision(id);
            return Optional.of(Download.of(
                            eoffice.metadata(list).fileStem() + ".zip", "application/zip", eoffice.listPackage(list))
                    .disclosing(
                            AccessKind.DECISION,
                            list.communeCode(),
                            null,
                            list.number() + " (#" + list.id() + ") e-office"));
        }
        Matcher day = DAY.matcher(path);
        if (!day.matches()) {
            return Optional.empty();
        }
        AdminUnitCode unit = AdminUnitCode.of(day.group(1));
        LocalDate on;
        try {
            on = LocalDate.parse(day.group(2));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(Download.of(
                        "quyet-dinh-" + unit.value() + "-" + on + ".zip",
                        "application/zip",
                        eoffice.dayPackage(unit, on))
                .disclosing(AccessKind.DECISION, unit, null, "decisions of " + unit.value() + " on " + on));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DECISION;
    }

    /** The id of {@code /125.pdf} (with the suffix given), or null. */
    static Long idOf(String pathInfo, String suffix) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}" + Pattern.quote(suffix))) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1, pathInfo.length() - suffix.length()));
    }
}
