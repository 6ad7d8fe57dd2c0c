package vn.ansinh.payment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.payment.application.PaymentCriteria;
import vn.ansinh.payment.application.PaymentSearch;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;
import vn.ansinh.shared.web.LocaleBean;

/**
 * The payment search as an Excel file, {@code /audit/payments.xlsx?name=hung+lo+van&from=2026-07&…} (the parameters
 * of {@link PaymentSearchLink}), for auditors and administrators (web.xml guards {@code /audit/*}), within the
 * reader's jurisdiction. The page offers the link only for a search it accepted and of at most
 * {@value PaymentSearch#EXPORT_LIMIT} lines; asked directly for anything else, the servlet answers 404.
 */
@WebServlet("/audit/payments.xlsx")
public class PaymentSearchServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private PaymentSearch search;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private LocaleBean locale;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        PaymentCriteria criteria = PaymentSearchLink.criteria(request::getParameter);
        UnitScope scope = units.scopeOf(currentActor.get());
        if (!criteria.problems().isEmpty() || search.totals(criteria, scope).tooManyToExport()) {
            return Optional.empty();
        }
        PaymentSearchExport export = new PaymentSearchExport(search, units::nameOf, locale.getLocale());
        return Optional.of(
                Download.streamed("tra-cuu-chi-tra.xlsx", CONTENT_TYPE, -1, out -> export.write(criteria, scope, out))
                        .disclosing(
                                AccessKind.PAYMENT_EXPORT,
                                currentActor.get().unit(),
                                null,
                                request.getQueryString() == null ? "" : request.getQueryString()));
    }
}
