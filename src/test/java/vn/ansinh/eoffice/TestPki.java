package vn.ansinh.eoffice;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.ansinh.eoffice.application.PadesSealer;

/**
 * A test public-key infrastructure made with BouncyCastle: a certification authority and the certificates it
 * issues (a unit's seal, a chairman's signing certificate), each with its key; nothing is read from disk.
 */
public final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private TestPki() {}

    /** A key and its certificate chain, the holder's certificate first. */
    public record Holder(KeyPair keys, List<X509Certificate> chain) {

        public X509Certificate certificate() {
            return chain.get(0);
        }

        public PadesSealer.SealKey sealKey() {
            return new PadesSealer.SealKey(keys.getPrivate(), chain);
        }

        /** A certificate this holder (a CA) issues to {@code subject}, valid from a day ago for a year. */
        public Holder issue(String subject) {
            return TestPki.issue(this, subject, false);
        }

        /** The holder as a PKCS#12 file with the given password. */
        public Path pkcs12(Path dir, String password) throws IOException, GeneralSecurityException {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", keys.getPrivate(), password.toCharArray(), chain.toArray(new Certificate[0]));
            Path file = Files.createTempFile(dir, "seal-", ".p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        }

        /** The certificate as a PEM file. */
        public Path pem(Path dir) throws IOException, GeneralSecurityException {
            Path file = Files.createTempFile(dir, "ca-", ".pem");
            Files.writeString(
                    file,
                    "-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes())
                                    .encodeToString(certificate().getEncoded())
                            + "\n-----END CERTIFICATE-----\n");
            return file;
        }
    }

    /** A self-signed certification authority, with EC P-256 keys (quick to make) for it and what it issues. */
    public static Holder authority(String name) {
        return issue(null, "CN=" + name + ", O=AnSinh test, C=VN", true, "EC");
    }

    /** A self-signed certification authority with RSA-1024 keys for it and what it issues. */
    public static Holder rsaAuthority(String name) {
        return issue(null, "CN=" + name + ", O=AnSinh test, C=VN", true, "RSA");
    }

    private static Holder issue(Holder issuer, String subject, boolean authority) {
        return issue(issuer, subject, authority, issuer.keys().getPublic().getAlgorithm());
    }

    private static Holder issue(Holder issuer, String subject, boolean authority, String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            // RSA-1024: the smallest the JDK still accepts in a certificate path, quick to make in a test
            generator.initialize(algorithm.equals("EC") ? 256 : 1024);
            KeyPair keys = generator.generateKeyPair();
            X500Name subjectName = new X500Name(subject.startsWith("CN=") ? subject : "CN=" + subject + ", C=VN");
            X500Name issuerName = issuer == null
                    ? subjectName
                    : X500Name.getInstance(
                            issuer.certificate().getSubjectX500Principal().getEncoded());
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    subjectName,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            authority
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            KeyPair signing = issuer == null ? keys : issuer.keys();
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(
                                    signing.getPublic().getAlgorithm().equals("EC")
                                            ? "SHA256withECDSA"
                                            : "SHA256withRSA")
                            .build(signing.getPrivate())));
            List<X509Certificate> chain = issuer == null
                    ? List.of(certificate)
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(certificate), issuer.chain().stream())
                            .toList();
            return new Holder(keys, chain);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
