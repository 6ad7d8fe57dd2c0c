package vn.ansinh.seal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures of checkpoint files, with the JDK's own provider. Keys are PEM text as
 * {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write them (PKCS#8 private
 * key, X.509 public key). The signature file holds the Base64 signature of the checkpoint file's bytes.
 */
public final class CheckpointSignature {

    private static final String ALGORITHM = "Ed25519";

    private CheckpointSignature() {}

    public static String sign(byte[] file, String privateKeyPem) {
        try {
            PrivateKey key =
                    KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateKeyPem)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(file);
            return Base64.getEncoder().encodeToString(signature.sign()) + "\n";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the checkpoint signing key is not an Ed25519 private key: " + e, e);
        }
    }

    /** Whether the signature text is a valid signature of the file by the public key; false for any malformed input. */
    public static boolean verifies(byte[] file, String signatureText, String publicKeyPem) {
        try {
            PublicKey key =
                    KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(pemBody(publicKeyPem)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(file);
            return signature.verify(Base64.getDecoder().decode(signatureText.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** PEM text (or bare Base64) to its DER bytes. */
    static byte[] pemBody(String pem) {
        String body = pem.lines()
                .filter(line -> !line.startsWith("-----"))
                .map(String::trim)
                .reduce("", String::concat);
        return Base64.getDecoder().decode(body.getBytes(StandardCharsets.US_ASCII));
    }
}
