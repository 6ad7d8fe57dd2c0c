package vn.ansinh.eoffice.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The keys of the e-office signatures, from configuration (environment variables in upper case with
 * underscores, e.g. {@code ANSINH_EOFFICE_SEAL_11650_KEYSTORE}):
 *
 * <ul>
 *   <li>{@code ansinh.eoffice.seal.<unit code>.keystore}: the PKCS#12 file of the issuing unit's seal key and its
 *       certificate chain (the first key entry), {@code ansinh.eoffice.seal.<unit code>.password} its password;
 *       a unit without them issues its decisions unsigned;
 *   <li>{@code ansinh.eoffice.trust-anchors}: a PEM file of the certification authorities whose certificates may
 *       sign a decision uploaded back (the chairman's signing certificate must chain to one of them).
 * </ul>
 *
 * Read on each use: a key store put in place or replaced takes effect without a restart.
 */
@ApplicationScoped
public class SealKeys {

    private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

    /** The configuration key of a unit's key store. */
    public static String keystoreKey(AdminUnitCode unit) {
        return "ansinh.eoffice.seal." + unit.value() + ".keystore";
    }

    /** The configuration key of a unit's key store password. */
    public static String passwordKey(AdminUnitCode unit) {
        return "ansinh.eoffice.seal." + unit.value() + ".password";
    }

    /** The configuration key of the trust anchors' PEM file. */
    public static final String TRUST_ANCHORS = "ansinh.eoffice.trust-anchors";

    /** The unit's seal key, or empty when none is configured or it cannot be read (logged). */
    public Optional<PadesSealer.SealKey> sealOf(AdminUnitCode unit) {
        Config config = ConfigProvider.getConfig();
        Optional<String> path = config.getOptionalValue(keystoreKey(unit), String.class);
        if (path.isEmpty() || path.get().isBlank()) {
            return Optional.empty();
        }
        String password =
                config.getOptionalValue(passwordKey(unit), String.class).orElse("");
        try {
            return Optional.of(load(Path.of(path.get()), password.toCharArray()));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "The seal key store of unit " + unit.value() + " cannot be read: " + path.get(), e);
            return Optional.empty();
        }
    }

    /** The trusted certification authorities (empty when none are configured: every upload is then refused). */
    public List<X509Certificate> trustAnchors() {
        Optional<String> path = ConfigProvider.getConfig().getOptionalValue(TRUST_ANCHORS, String.class);
        if (path.isEmpty() || path.get().isBlank()) {
            return List.of();
        }
        try {
            return anchors(Path.of(path.get()));
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.SEVERE, "The trust anchors cannot be read: " + path.get(), e);
            return List.of();
        }
    }

    /** The first key entry of a PKCS#12 file and its chain. */
    public static PadesSealer.SealKey load(Path pkcs12, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            store.load(in, password);
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                List<X509Certificate> chain = new ArrayList<>();
                for (Certificate c : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) c);
                }
                return new PadesSealer.SealKey((PrivateKey) store.getKey(alias, password), chain);
            }
        }
        throw new IllegalArgumentException("no key entry in " + pkcs12);
    }

    /** The certificates of a PEM file. */
    public static List<X509Certificate> anchors(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> found = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                found.add((X509Certificate) c);
            }
            return found;
        }
    }
}
