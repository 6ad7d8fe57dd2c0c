package vn.ansinh.population.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.population.application.PopulationService;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * The request file of the population-database batch exchange for a commune ({@code /population-requests/03253.csv}),
 * to a user who may check that commune's people (officer, approver, administrator reaching it).
 */
@WebServlet("/population-requests/*")
public class PopulationRequestServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{2,5})\\.csv");

    @Inject
    private PopulationService population;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        AdminUnitCode commune = AdminUnitCode.of(m.group(1));
        if (!population.mayCheck(commune)) {
            throw new AccessDeniedException("error.access.role", "population request file " + commune.value())
                    .about(commune);
        }
        byte[] csv = population.requestFile(commune).getBytes(StandardCharsets.UTF_8);
        return Optional.of(Download.of("doi-chieu-dan-cu-" + commune.value() + ".csv", "text/csv; charset=utf-8", csv)
                .disclosing(AccessKind.POPULATION_REQUEST, commune, null, "population request " + commune.value()));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.POPULATION_REQUEST;
    }
}
