package vn.ansinh.anomaly.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ansinh.anomaly.application.AnomalyService;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.export.TableWorkbook;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;
import vn.ansinh.shared.web.LocaleBean;
import vn.ansinh.shared.web.Messages;

/**
 * A rule's findings within the user's jurisdiction as an Excel workbook ({@code /audit/anomalies/export?rule=…},
 * auditors and administrators, web.xml), written as it streams ({@link TableWorkbook}).
 */
@WebServlet("/audit/anomalies/export")
public class AnomalyExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnomalyService anomalies;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private LocaleBean language;

    @Inject
    private CurrentActor currentActor;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        Optional<AnomalyRule> rule = parse(AnomalyRule.class, request.getParameter("rule"));
        Optional<FindingStatus> status = parse(FindingStatus.class, request.getParameter("status"));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = language.getLocale();
        String title = Messages.text(locale, rule.get().labelKey());
        List<String> headers = Arrays.stream(new String[] {
                    "person", "personalId", "commune", "month", "amount", "evidence", "status", "note", "line"
                })
                .map(column -> Messages.text(locale, "anomaly.column." + column))
                .toList();
        String name = "bat-thuong-" + rule.get().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".xlsx";
        return Optional.of(Download.streamed(
                        name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1, out -> {
                            try (TableWorkbook book = new TableWorkbook(title, headers)) {
                                book.caption(Messages.text(locale, rule.get().explanationKey()));
                                anomalies.forEach(
                                        rule.get(),
                                        status.orElse(null),
                                        row -> book.row(
                                                TableWorkbook.text(row.personName()),
                                                TableWorkbook.text(row.personalId()),
                                                TableWorkbook.text(units.nameOf(AdminUnitCode.of(row.communeCode()))),
                                                TableWorkbook.month(row.month()),
                                                TableWorkbook.money(row.amount()),
                                                TableWorkbook.text(EvidenceText.of(row, locale)),
                                                TableWorkbook.text(Messages.text(
                                                        locale, row.status().labelKey())),
                                                TableWorkbook.text(row.note()),
                                                TableWorkbook.number(row.lineId())));
                                book.writeTo(out);
                            }
                        })
                .disclosing(AccessKind.PAYMENT_EXPORT, currentActor.get().unit(), null, "anomaly:" + rule.get()));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst();
    }
}
