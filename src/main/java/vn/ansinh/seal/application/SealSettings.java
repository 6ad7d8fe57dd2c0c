package vn.ansinh.seal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where checkpoints go and the keys that sign and verify them, from MicroProfile Config (environment
 * {@code ANSINH_SEAL_CHECKPOINT_DIR}, {@code ANSINH_SEAL_SIGNING_KEY}, {@code ANSINH_SEAL_PUBLIC_KEY}; the
 * keys are paths of PEM files). Without a directory no checkpoint file is written.
 */
@ApplicationScoped
public class SealSettings {

    @Inject
    @ConfigProperty(name = "ansinh.seal.checkpoint-dir")
    Optional<String> checkpointDir;

    @Inject
    @ConfigProperty(name = "ansinh.seal.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "ansinh.seal.public-key")
    Optional<String> publicKey;

    public Optional<CheckpointFiles> checkpoints() {
        return checkpointDir.filter(s -> !s.isBlank()).map(dir -> new CheckpointFiles(Path.of(dir)));
    }

    /** The signing key's PEM text, or null when checkpoints are not signed. */
    public String signingKeyPem() {
        return read(signingKey);
    }

    /** The public key's PEM text, or null when signatures are not checked. */
    public String publicKeyPem() {
        return read(publicKey);
    }

    static String read(Optional<String> path) {
        return path.filter(p -> !p.isBlank())
                .map(p -> {
                    try {
                        return Files.readString(Path.of(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the key " + p, e);
                    }
                })
                .orElse(null);
    }
}
