package vn.ansinh.seal.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.ansinh.seal.domain.Checkpoint;
import vn.ansinh.seal.domain.CheckpointSignature;
import vn.ansinh.seal.domain.Finding;
import vn.ansinh.seal.domain.Problem;

/**
 * The directory of checkpoint files, one a day ({@code ansinh-seal-2026-12-02.txt}), each with its
 * signature beside it ({@code ….txt.sig}) when a signing key is configured. An operator copies them
 * elsewhere; the verifier reads back what the directory holds.
 */
public final class CheckpointFiles {

    private final Path directory;

    public CheckpointFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Writes the day's file (replacing an earlier one of the same day) and, with a key, its signature. */
    public Path write(Checkpoint checkpoint, String privateKeyPem) {
        try {
            Files.createDirectories(directory);
            byte[] text = checkpoint.text().getBytes(StandardCharsets.UTF_8);
            Path file = directory.resolve(checkpoint.fileName());
            replace(file, text);
            if (privateKeyPem != null) {
                replace(
                        signatureOf(file),
                        CheckpointSignature.sign(text, privateKeyPem).getBytes(StandardCharsets.US_ASCII));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint into " + directory, e);
        }
    }

    /**
     * Every checkpoint file of the directory, oldest first; with a public key, only those whose signature
     * verifies (the others are reported, not used). A missing directory holds no checkpoints.
     */
    public Loaded load(String publicKeyPem) {
        List<File> files = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new Loaded(files, problems);
        }
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path path : listing.filter(p -> p.getFileName().toString().matches("ansinh-seal-.*\\.txt"))
                    .sorted()
                    .toList()) {
                String name = path.getFileName().toString();
                byte[] text = Files.readAllBytes(path);
                Path signature = signatureOf(path);
                if (publicKeyPem != null && !Files.exists(signature)) {
                    problems.add(new Finding(name, null, Problem.SIGNATURE_MISSING, name));
                    continue;
                }
                if (publicKeyPem != null
                        && !CheckpointSignature.verifies(text, Files.readString(signature), publicKeyPem)) {
                    problems.add(new Finding(name, null, Problem.SIGNATURE_INVALID, name));
                    continue;
                }
                try {
                    files.add(new File(name, Checkpoint.parse(new String(text, StandardCharsets.UTF_8))));
                } catch (RuntimeException unreadable) {
                    problems.add(new Finding(
                            name, null, Problem.CHECKPOINT_MISMATCH, name + ": " + unreadable.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoints in " + directory, e);
        }
        return new Loaded(files, problems);
    }

    /** No checkpoints at all (no directory configured). */
    public static Loaded none() {
        return new Loaded(List.of(), List.of());
    }

    private static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A checkpoint file read back. */
    public record File(String name, Checkpoint checkpoint) {}

    /** The usable checkpoints and the files that could not be used (bad or missing signature, unreadable). */
    public record Loaded(List<File> files, List<Finding> problems) {}
}
