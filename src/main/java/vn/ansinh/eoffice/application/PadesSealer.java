package vn.ansinh.eoffice.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with a PAdES baseline B-B signature (ETSI EN 319 142-1): PDFBox adds the signature dictionary
 * ({@code /SubFilter /ETSI.CAdES.detached}) as an incremental update, so the unsigned bytes stay the file's first
 * revision; BouncyCastle makes the detached CMS over the byte range, with the signing-certificate-v2 attribute and
 * without a signing-time attribute (the time is the dictionary's {@code /M}, as PAdES asks). No timestamp, no
 * revocation data (B-T/B-LT are not done). Thread-safe: no state.
 */
public final class PadesSealer {

    /** Room for the CMS in the file (hex doubles it): a chain of three RSA-4096 certificates fits. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private PadesSealer() {}

    /** The key that seals and its certificate chain, the signer's certificate first. */
    public record SealKey(PrivateKey key, List<X509Certificate> chain) {

        public SealKey {
            Objects.requireNonNull(key, "key");
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a seal key needs its certificate");
            }
        }

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /**
     * The PDF with the seal signature appended.
     *
     * @param name     the signer's name shown by PDF readers (the issuing body)
     * @param reason   why it is signed
     * @param location where
     * @param at       the signing time ({@code /M})
     */
    public static byte[] seal(byte[] pdf, SealKey seal, String name, String reason, String location, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent(), seal));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the PDF", e);
        }
    }

    /** The detached CMS SignedData over the content, PAdES-conformant signed attributes. */
    static byte[] cms(InputStream content, SealKey seal) throws IOException {
        try {
            X509Certificate certificate = seal.certificate();
            var provider = BouncyCastle.PROVIDER;
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(X500Name.getInstance(
                            certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            ESSCertIDv2 certId = new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    issuerSerial);
            AttributeTable signingCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            String algorithm =
                    certificate.getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                            .setProvider(provider)
                            .build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingCertificate) {
                        @Override
                        @SuppressWarnings("rawtypes")
                        public AttributeTable getAttributes(java.util.Map parameters) {
                            // PAdES: the signing time is the dictionary's /M, never a CMS attribute
                            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                        }
                    })
                    .build(
                            new JcaContentSignerBuilder(algorithm)
                                    .setProvider(provider)
                                    .build(seal.key()),
                            new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(certificate)));
            generator.addCertificates(new JcaCertStore(seal.chain()));
            byte[] bytes = content.readAllBytes();
            return generator.generate(new CMSProcessableByteArray(bytes), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Cannot make the seal signature", e);
        }
    }

    /** Whether {@code prefix} is the first part of {@code bytes}, byte for byte. */
    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
