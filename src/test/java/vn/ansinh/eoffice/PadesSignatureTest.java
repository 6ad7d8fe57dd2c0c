package vn.ansinh.eoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.eoffice.application.PadesSealer;
import vn.ansinh.eoffice.application.SealKeys;
import vn.ansinh.eoffice.application.SignedCopyCheck;
import vn.ansinh.eoffice.domain.SignatureRefusal;

/**
 * The seal signature (PAdES B-B with PDFBox and BouncyCastle) on a printed decision, verified as a reader would,
 * and the check of a chairman's signed copy uploaded back, with certificates of a test CA made here: accepted when
 * it is the issued copy signed whole by a trusted certificate; refused, each for its reason, otherwise.
 */
class PadesSignatureTest {

    private static final Instant AT = Instant.now();

    private static TestPki.Holder ca;
    private static TestPki.Holder unit;
    private static TestPki.Holder chairman;
    private static byte[] unsigned;
    private static byte[] sealed;

    @BeforeAll
    static void issue() {
        ca = TestPki.authority("Test CA chuyên dùng");
        unit = ca.issue("ỦY BAN NHÂN DÂN XÃ TUẦN GIÁO");
        chairman = ca.issue("Lò Văn Thành");
        unsigned = Decisions.pdf(125);
        sealed = seal(unsigned, unit);
    }

    private static byte[] seal(byte[] pdf, TestPki.Holder who) {
        return PadesSealer.seal(pdf, who.sealKey(), "Tuần Giáo", "Ban hành quyết định", "Tuần Giáo", AT);
    }

    @Test
    void theSealCoversTheWholeFileItsDigestMatchesAndItChainsToTheCa() throws Exception {
        assertThat(sealed).startsWith(unsigned);
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(sealed.length);

            SignedCopyCheck.Checked checked =
                    SignedCopyCheck.verify(signature, sealed, List.of(ca.certificate()), java.time.Instant.now());
            assertThat(checked.signer()).isEqualTo(unit.certificate());

            // PAdES B-B: signing-certificate-v2 signed, no signing-time attribute
            CMSSignedData cms = SignedCopyCheck.signedData(signature, sealed);
            SignerInformation info =
                    cms.getSignerInfos().getSigners().iterator().next();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime))
                    .isNull();
        }
    }

    @Test
    void anRsaSealVerifiesToo() throws Exception {
        TestPki.Holder rsaCa = TestPki.rsaAuthority("RSA CA");
        byte[] rsaSealed = seal(unsigned, rsaCa.issue("UBND xã Tuần Giáo"));
        try (PDDocument doc = Loader.loadPDF(rsaSealed)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);

            assertThat(SignedCopyCheck.verify(
                                    signature, rsaSealed, List.of(rsaCa.certificate()), java.time.Instant.now())
                            .signer()
                            .getPublicKey()
                            .getAlgorithm())
                    .isEqualTo("RSA");
        }
    }

    @Test
    void theSealDoesNotVerifyAgainstAnotherCa() throws Exception {
        TestPki.Holder other = TestPki.authority("Another CA");
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);

            assertThatThrownBy(() -> SignedCopyCheck.verify(
                            signature, sealed, List.of(other.certificate()), java.time.Instant.now()))
                    .isInstanceOfSatisfying(
                            SignedCopyCheck.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(SignatureRefusal.UNTRUSTED));
        }
    }

    @Test
    void theKeysComeFromAPkcs12FileAndTheAnchorsFromAPem(@TempDir Path dir) throws Exception {
        Path p12 = unit.pkcs12(dir, "mat-khau-2026");
        PadesSealer.SealKey key = SealKeys.load(p12, "mat-khau-2026".toCharArray());

        assertThat(key.chain()).containsExactlyElementsOf(unit.chain());
        assertThat(SealKeys.anchors(ca.pem(dir))).containsExactly(ca.certificate());
        byte[] again = PadesSealer.seal(unsigned, key, "x", "y", "z", AT);
        try (PDDocument doc = Loader.loadPDF(again)) {
            assertThat(SignedCopyCheck.verify(
                                    doc.getSignatureDictionaries().get(0), again, List.of(ca.certificate()), AT)
                            .signer())
                    .isEqualTo(unit.certificate());
        }
    }

    @Test
    void theChairmansCopyOverTheSealedCopyIsAccepted() throws Exception {
        byte[] signed = seal(sealed, chairman);

        SignedCopyCheck.Checked checked =
                SignedCopyCheck.check(signed, sealed, List.of(ca.certificate()), java.time.Instant.now());

        assertThat(checked.signer()).isEqualTo(chairman.certificate());
        assertThat(checked.signerSubject()).contains("Lò Văn Thành");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            // the seal is still valid under the chairman's signature
            PDSignature seal = doc.getSignatureDictionaries().get(0);
            assertThat(seal.getByteRange()[2] + seal.getByteRange()[3]).isEqualTo(sealed.length);
        }
    }

    @Test
    void theChairmansCopyOverAnUnsignedCopyIsAccepted() throws Exception {
        byte[] signed = seal(unsigned, chairman);

        assertThat(SignedCopyCheck.check(signed, unsigned, List.of(ca.certificate()), java.time.Instant.now())
                        .signer())
                .isEqualTo(chairman.certificate());
    }

    @Test
    void anotherDecisionIsRefused() {
        byte[] otherDecision = seal(Decisions.pdf(126), chairman);

        assertRefused(otherDecision, sealed, SignatureRefusal.WRONG_DECISION);
    }

    @Test
    void theSameDecisionPrintedAgainIsRefused() {
        // the same text printed again is other bytes (another file id and font subset): not the issued copy
        byte[] reprinted = seal(Decisions.pdf(125), chairman);

        assertRefused(reprinted, unsigned, SignatureRefusal.WRONG_DECISION);
    }

    @Test
    void aCopyChangedAfterSigningIsRefused() throws Exception {
        byte[] signed = seal(sealed, chairman);
        // an incremental update after the signature: a page's content changed by a later revision
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setTitle("Quyết định đã sửa");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        byte[] appended = out.toByteArray();
        assertThat(appended).startsWith(signed).hasSizeGreaterThan(signed.length);

        assertRefused(appended, sealed, SignatureRefusal.ALTERED);
    }

    @Test
    void aByteChangedInsideTheSignedRangeIsRefused() {
        byte[] signed = seal(sealed, chairman);
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int reason = text.indexOf("Ban hành", sealed.length);
        int at = reason >= 0 ? reason : text.indexOf("/Reason", sealed.length) + 9;
        byte[] tampered = signed.clone();
        tampered[at] ^= 0x01;

        assertRefused(tampered, sealed, SignatureRefusal.ALTERED);
    }

    @Test
    void aCopySignedByAnUntrustedCertificateIsRefused() {
        TestPki.Holder rogue = TestPki.authority("Rogue CA").issue("Lò Văn Thành");

        assertRefused(seal(sealed, rogue), sealed, SignatureRefusal.UNTRUSTED);
    }

    @Test
    void theIssuedCopyBackUnsignedIsRefused() {
        assertRefused(sealed, sealed, SignatureRefusal.NOT_SIGNED);
        assertRefused(Decisions.pdf(125), unsigned, SignatureRefusal.NOT_SIGNED);
    }

    @Test
    void aFileThatIsNoPdfIsRefused() {
        assertRefused(
                "not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), sealed, SignatureRefusal.NOT_PDF);
    }

    private static void assertRefused(byte[] upload, byte[] issued, SignatureRefusal reason) {
        assertThatThrownBy(
                        () -> SignedCopyCheck.check(upload, issued, List.of(ca.certificate()), java.time.Instant.now()))
                .isInstanceOfSatisfying(
                        SignedCopyCheck.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
