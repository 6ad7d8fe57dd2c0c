package vn.ansinh.eoffice.application;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.ansinh.eoffice.domain.SignatureRefusal;

/**
 * Checks a signed PDF against the copy it claims to sign, in this order:
 *
 * <ol>
 *   <li>it is a PDF with a signature ({@link SignatureRefusal#NOT_PDF}, {@link SignatureRefusal#NOT_SIGNED});
 *   <li>its first revision is the issued copy, byte for byte: the file begins with exactly the stored bytes, so it
 *       is THAT decision as issued, whatever the signing client added after ({@link SignatureRefusal#WRONG_DECISION});
 *   <li>a signature added after the issued copy covers the whole file but its own {@code /Contents}
 *       (nothing was appended after it) and its CMS digest and signature verify over that byte range
 *       ({@link SignatureRefusal#ALTERED});
 *   <li>its signer's certificate chains to one of the trust anchors at the signing time {@code /M}, and may sign
 *       (key usage digital signature or non-repudiation) ({@link SignatureRefusal#UNTRUSTED}).
 * </ol>
 *
 * The decision's own number in the text is not used: two copies of the same decision would both carry it, and an
 * edited text could too; the bytes prefix ties the upload to the one stored copy. Revocation (OCSP, CRL) is not
 * checked [R]. Thread-safe: no state.
 */
public final class SignedCopyCheck {

    private SignedCopyCheck() {}

    /** A signed PDF that checked out: the signature that covers it whole and its signer. */
    public record Checked(X509Certificate signer, Date signedAt) {

        public String signerSubject() {
            return signer.getSubjectX500Principal().getName();
        }
    }

    /** Thrown with the reason a signed PDF is refused. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient SignatureRefusal reason;

        Refused(SignatureRefusal reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        public SignatureRefusal reason() {
            return reason;
        }
    }

    /**
     * Checks {@code signed} as the signed form of {@code issued} (see the class description).
     *
     * @param anchors the certificates of the trusted certification authorities
     * @param now     the time the certificate must be valid at when the signature has no signing time
     */
    public static Checked check(byte[] signed, byte[] issued, Collection<X509Certificate> anchors, Instant now)
            throws Refused {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(signed)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException | RuntimeException e) {
            throw new Refused(SignatureRefusal.NOT_PDF, String.valueOf(e.getMessage()));
        }
        if (signatures.isEmpty() || java.util.Arrays.equals(signed, issued)) {
            // no signature at all, or the issued copy (sealed perhaps) back as it was
            throw new Refused(SignatureRefusal.NOT_SIGNED, "no signature added");
        }
        if (signed.length <= issued.length || !PadesSealer.startsWith(signed, issued)) {
            throw new Refused(SignatureRefusal.WRONG_DECISION, "the first revision is not the issued copy");
        }
        // the signatures the signing client added: their /Contents lie after the issued copy
        List<PDSignature> added = signatures.stream()
                .filter(s -> s.getByteRange().length == 4 && s.getByteRange()[1] >= issued.length)
                .toList();
        if (added.isEmpty()) {
            throw new Refused(SignatureRefusal.NOT_SIGNED, "no signature added to the issued copy");
        }
        PDSignature whole = added.stream()
                .filter(s -> coversAllBut(s.getByteRange(), signed))
                .findFirst()
                .orElseThrow(() -> new Refused(SignatureRefusal.ALTERED, "changed after the last signature"));
        return verify(whole, signed, anchors, now);
    }

    /**
     * Verifies one signature of a PDF: it covers the whole file but its contents, its CMS verifies over its byte
     * range, its signer chains to an anchor. For the seal signature the application made itself and for the tests.
     */
    public static Checked verify(PDSignature signature, byte[] pdf, Collection<X509Certificate> anchors, Instant now)
            throws Refused {
        if (!coversAllBut(signature.getByteRange(), pdf)) {
            throw new Refused(SignatureRefusal.ALTERED, "the signature does not cover the whole file");
        }
        X509Certificate signer;
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CMSSignedData cms = signedData(signature, pdf);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new Refused(SignatureRefusal.ALTERED, signers.size() + " signers in the CMS");
            }
            SignerInformation info = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                throw new Refused(SignatureRefusal.UNTRUSTED, "the signer's certificate is not in the signature");
            }
            X509CertificateHolder holder = matches.iterator().next();
            signer = converter.getCertificate(holder);
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(holder))) {
                throw new Refused(SignatureRefusal.ALTERED, "the signature does not verify");
            }
        } catch (CMSException
                | IOException
                | GeneralSecurityException
                | OperatorCreationException
                | RuntimeException e) {
            // a digest that does not match (CMSSignerDigestMismatchException), a broken signature value, a CMS
            // that cannot be read: all say the signed bytes are not what was signed
            throw new Refused(SignatureRefusal.ALTERED, String.valueOf(e.getMessage()));
        }
        // without /M (not PAdES), the certificate must be valid now
        Date at = signature.getSignDate() == null
                ? Date.from(now)
                : signature.getSignDate().getTime();
        trust(signer, certificates, anchors, at);
        return new Checked(signer, at);
    }

    private static void trust(
            X509Certificate signer, List<X509Certificate> certificates, Collection<X509Certificate> anchors, Date at)
            throws Refused {
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            throw new Refused(SignatureRefusal.UNTRUSTED, "the certificate may not sign");
        }
        if (anchors.isEmpty()) {
            throw new Refused(SignatureRefusal.UNTRUSTED, "no trust anchors configured");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            Set<TrustAnchor> trustAnchors =
                    anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            throw new Refused(SignatureRefusal.UNTRUSTED, String.valueOf(e.getMessage()));
        }
    }

    /** The CMS of a signature of the PDF, over the bytes its range covers. */
    public static CMSSignedData signedData(PDSignature signature, byte[] pdf) throws IOException, CMSException {
        return new CMSSignedData(
                new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo(signature.getContents(pdf)));
    }

    /** The CMS of a signature's contents: one DER or BER object, followed by the zeros that pad the room. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** Whether the byte range is the whole file but one hex string {@code <…>}: nothing outside the signature. */
    static boolean coversAllBut(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0) {
            return false;
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (gapStart < 0 || gapEnd <= gapStart || gapEnd + (long) range[3] != pdf.length) {
            return false;
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return false;
        }
        for (int i = (int) gapStart + 1; i < gapEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
