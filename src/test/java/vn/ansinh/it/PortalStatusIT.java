package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.DecisionPdf;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.portal.application.DeliverPortalStatusesCommand;
import vn.ansinh.portal.application.DossierPackage;
import vn.ansinh.portal.application.HttpPortalStatusSender;
import vn.ansinh.portal.application.PortalDossiers;
import vn.ansinh.portal.application.RecordPortalDossierCommand;
import vn.ansinh.portal.application.ReportPortalRefusalCommand;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;

/**
 * Portal dossiers on the real database: a dossier recorded on its application is RECEIVED; the case's submission,
 * approval and rejection add PROCESSING, DECIDED (with the decision) and REFUSED (with the reason) to its outbox in
 * the case's own commands; the delivery sends them to a stand-in portal in order and marks them sent; a dossier
 * number is recorded once.
 */
class PortalStatusIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer portal;

    @AfterEach
    void close() {
        if (portal != null) {
            portal.stop(0);
        }
        fx.close();
    }

    @Test
    void theCaseStepsGoToThePortalInOrderWithTheDecisionAndTheReason() throws IOException {
        String decided = "H17.35-" + CaseworkFixture.uniqueWord();
        String refused = "H17.35-" + CaseworkFixture.uniqueWord();
        BenefitCase approvedCase = recordedAndSubmitted(decided, "Vi Văn Quyết");
        BenefitCase rejectedCase = recordedAndSubmitted(refused, "Vi Thị Từ");
        Decision decision = fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-05-05T03:00:00Z",
                () -> new ApproveCaseCommand(approvedCase.id(), QUY_HOP, fx.units()));
        fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-05-05T03:10:00Z",
                () -> new CaseTransitionCommand(
                        rejectedCase.id(), QUY_HOP, CaseTransition.REJECT, "Không đủ điều kiện về tuổi", fx.units()));

        assertThat(statuses(decided)).containsExactly("RECEIVED", "PROCESSING", "DECIDED");
        assertThat(statuses(refused)).containsExactly("RECEIVED", "PROCESSING", "REFUSED");
        assertThat(fx.jdbc()
                        .row(
                                "select s.decision_id from portal_status s join portal_dossier d on d.id = s.dossier_id"
                                        + " where d.dossier_number = ? and s.status = 'DECIDED'",
                                decided)
                        .get("decision_id"))
                .isEqualTo(decision.id());

        startThePortal();
        HttpPortalStatusSender sender = new HttpPortalStatusSender(
                URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/status"),
                null,
                Duration.ofSeconds(5));
        DecisionPdf pdf = new DecisionPdf();
        for (int run = 0; run < 3; run++) {
            // one status per dossier and run: the next one goes once the earlier is accepted
            fx.run(
                    Actor.SYSTEM,
                    "2026-05-05T04:0" + run + ":00Z",
                    () -> new DeliverPortalStatusesCommand(
                            sender, d -> pdf.render(DecisionSheetJson.read(d.sheetJson())), 50));
        }

        List<JsonObject> toDecided = sentFor(decided);
        assertThat(toDecided)
                .extracting(j -> j.getString("status"))
                .containsExactly("RECEIVED", "PROCESSING", "DECIDED");
        byte[] sentPdf = Base64.getDecoder()
                .decode(toDecided.get(2).getJsonObject("decision").getString("base64"));
        assertThat(new String(sentPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sentFor(refused))
                .extracting(j -> j.getString("status"), j -> j.getString("reason", ""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", ""),
                        org.assertj.core.groups.Tuple.tuple("PROCESSING", ""),
                        org.assertj.core.groups.Tuple.tuple("REFUSED", "Không đủ điều kiện về tuổi"));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from portal_status s join portal_dossier d on d.id = s.dossier_id"
                                        + " where d.dossier_number in (?, ?) and s.sent_at is null",
                                decided,
                                refused))
                .isZero();
    }

    @Test
    void aDossierNumberIsRecordedOnce() {
        String number = "H17.35-" + CaseworkFixture.uniqueWord();
        recorded(number, "Lò Văn Một");

        assertThatThrownBy(() -> recorded(number, "Lò Văn Hai"))
                .isInstanceOfSatisfying(
                        PortalPackageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portal.error.duplicate"));
        assertThat(fx.jdbc().countOf("select count(*) from portal_dossier where dossier_number = ?", number))
                .isEqualTo(1);
    }

    @Test
    void aRefusedPackageIsReportedAndACorrectedOneOpensTheSameDossier() throws IOException {
        String number = "H17.35-" + CaseworkFixture.uniqueWord();
        PortalPackageException.RefusedDossier refusedDossier =
                new PortalPackageException.RefusedDossier(number, "1.001776", QUY_HOP);
        fx.run(
                CaseworkFixture.officerOf(QUY_HOP),
                "2026-05-04T01:30:00Z",
                () -> new ReportPortalRefusalCommand(
                        QUY_HOP, refusedDossier, "Mã kiểm tra (SHA-256) của tệp to-khai.pdf không khớp"));
        Map<String, Object> dossierRow =
                fx.jdbc().row("select id, application_id from portal_dossier where dossier_number = ?", number);
        assertThat(dossierRow.get("application_id")).isNull();
        assertThat(statuses(number)).containsExactly("REFUSED");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'portal.dossier.refuse'"
                                        + " and target_id = ?",
                                dossierRow.get("id").toString()))
                .isEqualTo(1);

        // the citizen corrects the dossier on the portal: the next package opens the application on the same row
        Application application = recorded(number, "Lường Văn Sửa");
        assertThat(fx.jdbc().row("select id, application_id from portal_dossier where dossier_number = ?", number))
                .containsEntry("id", dossierRow.get("id"))
                .containsEntry("application_id", application.id());
        assertThat(statuses(number)).containsExactly("REFUSED", "RECEIVED");
        // once opened, a package of it is a duplicate, not a refusal to report
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(QUY_HOP),
                        "2026-05-04T03:00:00Z",
                        () -> new ReportPortalRefusalCommand(QUY_HOP, refusedDossier, "Lần nữa")))
                .isInstanceOfSatisfying(
                        PortalPackageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portal.error.duplicate"));
        assertThat(statuses(number)).containsExactly("REFUSED", "RECEIVED");

        startThePortal();
        HttpPortalStatusSender sender = new HttpPortalStatusSender(
                URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/status"),
                null,
                Duration.ofSeconds(5));
        for (int run = 0; run < 2; run++) {
            fx.run(
                    Actor.SYSTEM,
                    "2026-05-04T04:0" + run + ":00Z",
                    () -> new DeliverPortalStatusesCommand(sender, d -> new byte[0], 50));
        }
        assertThat(sentFor(number))
                .extracting(j -> j.getString("status"), j -> j.getString("reason", ""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "REFUSED", "Mã kiểm tra (SHA-256) của tệp to-khai.pdf không khớp"),
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", ""));
        // the import page's list: the dossier with its application and both statuses, accepted by the portal
        PortalDossiers.Row row = new PortalDossiers(fx.em())
                .latestOf(QUY_HOP).stream()
                        .filter(r -> r.dossierNumber().equals(number))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.applicationId()).isEqualTo(application.id());
        assertThat(row.steps())
                .extracting(PortalDossiers.Step::status, PortalDossiers.Step::sent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PortalStatus.REFUSED, true),
                        org.assertj.core.groups.Tuple.tuple(PortalStatus.RECEIVED, true));
    }

    private BenefitCase recordedAndSubmitted(String number, String name) {
        Application application = recorded(number, name);
        return fx.run(
                CaseworkFixture.officerOf(QUY_HOP),
                "2026-05-04T03:00:00Z",
                () -> new SubmitCaseCommand(application.id(), QUY_HOP));
    }

    private Application recorded(String number, String name) {
        Person person = fx.person(QUY_HOP, name, PartialDate.of(1970), Sex.MALE);
        Application application = fx.application(person, Category.DISABLED, SEVERE, "2026-05-04T02:00:00Z");
        DossierPackage.PortalPerson applicant = new DossierPackage.PortalPerson(
                PersonalId.of("040070001234"), name, PartialDate.of(1970), Sex.MALE, "Bản Hạ", null);
        DossierPackage dossier = new DossierPackage(
                "goi.zip",
                number,
                "1.001776",
                PortalProcedure.MONTHLY_SOCIAL_ALLOWANCE,
                Category.DISABLED,
                SEVERE,
                Instant.parse("2026-05-04T01:00:00Z"),
                QUY_HOP,
                applicant,
                null,
                List.of());
        fx.run(
                CaseworkFixture.officerOf(QUY_HOP),
                "2026-05-04T02:10:00Z",
                () -> new RecordPortalDossierCommand(QUY_HOP, application.id(), dossier, "{}"));
        return application;
    }

    private List<String> statuses(String number) {
        return fx
                .jdbc()
                .rows(
                        "select s.status from portal_status s join portal_dossier d on d.id = s.dossier_id"
                                + " where d.dossier_number = ? order by s.id",
                        number)
                .stream()
                .map(row -> (String) row.get("status"))
                .toList();
    }

    private List<JsonObject> sentFor(String number) {
        return received.stream()
                .map(body -> Jsons.createReader(new StringReader(body)).readObject())
                .filter(json -> json.getString("dossierNumber").equals(number))
                .toList();
    }

    private void startThePortal() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/status", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        portal.start();
    }
}
