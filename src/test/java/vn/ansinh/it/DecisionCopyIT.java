package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.DecisionPdf;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.eoffice.TestPki;
import vn.ansinh.eoffice.application.AcceptSignedCopyCommand;
import vn.ansinh.eoffice.application.IssueDecisionCopyCommand;
import vn.ansinh.eoffice.application.PadesSealer;
import vn.ansinh.eoffice.application.SignedCopyCheck;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.SignatureRefusal;
import vn.ansinh.eoffice.domain.SignedCopyRefused;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.intake.application.SweepOrphanDocumentsCommand;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;

/**
 * The stored copies of a decision on the real database (e-office): the issued copy, sealed with a test CA's unit
 * certificate, filed once and read back byte for byte from the document store, kept by the orphan sweep, never
 * changed; the chairman's signed copy refused and audited when its signer is not trusted, filed once when it is.
 */
class DecisionCopyIT {

    private final CaseworkFixture fx = new CaseworkFixture();

    @TempDir
    Path store;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theIssuedCopyIsFiledOnceAndTheChairmansCopyOnlyWhenItChecksOut() throws Exception {
        Person person = fx.person(TUAN_GIAO, "Lò Thị Ấn", PartialDate.of(1978, 3, 9), Sex.FEMALE);
        BenefitCase c = fx.submitted(
                person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), "2026-07-01T02:00:00Z");
        Decision decision = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-07-02T03:00:00Z",
                () -> new ApproveCaseCommand(c.id(), TUAN_GIAO, fx.units()));
        TestPki.Holder ca = TestPki.authority("Test CA " + CaseworkFixture.uniqueWord());
        byte[] sealed = PadesSealer.seal(
                new DecisionPdf().render(DecisionSheetJson.read(decision.sheetJson())),
                ca.issue("UBND xã Tuần Giáo").sealKey(),
                "ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO",
                "Ban hành",
                "Tuần Giáo",
                Instant.now());
        DocumentStore documents = DocumentStore.at(store, Clock.systemUTC());
        String sha = documents
                .store("qd.pdf", new ByteArrayInputStream(sealed), Long.MAX_VALUE)
                .file()
                .sha256();

        DecisionCopy issued = fx.run(
                Actor.SYSTEM,
                "2026-07-02T03:05:00Z",
                () -> new IssueDecisionCopyCommand(
                        CopyOf.DECISION,
                        decision.id(),
                        TUAN_GIAO,
                        CopyKind.SEALED,
                        sha,
                        sealed.length,
                        "CN=UBND xã Tuần Giáo"));

        assertThat(read(documents, issued.sha256())).isEqualTo(sealed).isEqualTo(read(documents, issued.sha256()));
        assertThatThrownBy(() -> fx.run(
                        Actor.SYSTEM,
                        "2026-07-02T03:06:00Z",
                        () -> new IssueDecisionCopyCommand(
                                CopyOf.DECISION,
                                decision.id(),
                                TUAN_GIAO,
                                CopyKind.UNSIGNED,
                                sha,
                                sealed.length,
                                null)))
                .as("one issued copy per decision")
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> fx.jdbc()
                        .execute("update decision_copy set sha256 = ? where id = ?", "0".repeat(64), issued.id()))
                .hasMessageContaining("immutable");
        Files.setLastModifiedTime(
                store.resolve(sha.substring(0, 2)).resolve(sha),
                FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        fx.run(
                Actor.SYSTEM,
                Instant.now().toString(),
                () -> new SweepOrphanDocumentsCommand(documents, Duration.ofHours(24)));
        assertThat(store.resolve(sha.substring(0, 2)).resolve(sha))
                .as("a decision copy is no orphan")
                .exists();

        byte[] rogue = PadesSealer.seal(
                sealed, TestPki.authority("Rogue").issue("Lò Văn Thành").sealKey(), "x", "y", "z", Instant.now());
        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-07-03T03:00:00Z",
                        () -> new AcceptSignedCopyCommand(
                                decision.id(), TUAN_GIAO, rogue, sealed, List.of(ca.certificate()), "1".repeat(64))))
                .isInstanceOfSatisfying(
                        SignedCopyRefused.class, e -> assertThat(e.reason()).isEqualTo(SignatureRefusal.UNTRUSTED));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'decision.acceptSignedCopy'"
                                        + " and outcome = 'DENIED' and unit_code = ? and target_id = ?",
                                TUAN_GIAO.value(),
                                decision.id().toString()))
                .as("the refusal audited on the unit")
                .isEqualTo(1);

        byte[] signed = PadesSealer.seal(
                sealed, ca.issue("Lò Văn Thành").sealKey(), "Lò Văn Thành", "Ký", "Tuần Giáo", Instant.now());
        DecisionCopy chairman = fx.run(
                CHAIRMAN_TUAN_GIAO,
                "2026-07-03T03:10:00Z",
                () -> new AcceptSignedCopyCommand(
                        decision.id(), TUAN_GIAO, signed, sealed, List.of(ca.certificate()), "2".repeat(64)));
        assertThat(chairman.kind()).isEqualTo(CopyKind.CHAIRMAN);
        assertThat(chairman.signerSubject()).contains("Lò Văn Thành");
        assertThat(fx.jdbc().countOf("select count(*) from decision_copy where decision_id = ?", decision.id()))
                .isEqualTo(2);
        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_TUAN_GIAO,
                        "2026-07-03T03:20:00Z",
                        () -> new AcceptSignedCopyCommand(
                                decision.id(), TUAN_GIAO, signed, sealed, List.of(ca.certificate()), "2".repeat(64))))
                .hasMessage("eoffice.error.alreadySigned");
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            assertThat(SignedCopyCheck.verify(
                                    doc.getSignatureDictionaries().get(0),
                                    sealed,
                                    List.of(ca.certificate()),
                                    Instant.now())
                            .signer()
                            .getSubjectX500Principal()
                            .getName())
                    .contains("Tuần Giáo");
        }
    }

    private static byte[] read(DocumentStore documents, String sha) throws IOException {
        try (InputStream in = documents.open(sha)) {
            return in.readAllBytes();
        }
    }
}
