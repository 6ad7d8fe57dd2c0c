package vn.ansinh.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.intake.domain.IntakeException;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;

/**
 * Scanned documents on disk, outside the web root ({@code ansinh.storage.dir}), each stored once
 * under its SHA-256. A file is accepted only if its first bytes say PDF, JPEG or PNG and it is not
 * larger than the limit; it is written to a temporary file and moved into place whole.
 */
@ApplicationScoped
public class DocumentStore {

    private static final int HEAD = 16;

    @Inject
    @ConfigProperty(name = "ansinh.storage.dir", defaultValue = "ansinh-documents")
    String storageDir;

    public StoredFile store(String originalName, InputStream content, long maxBytes) {
        try {
            Path root = Files.createDirectories(Path.of(storageDir));
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                byte[] head = new byte[HEAD];
                int headLength = content.readNBytes(head, 0, HEAD);
                ScanMediaType type = ScanMediaType.sniff(java.util.Arrays.copyOf(head, headLength))
                        .orElseThrow(() -> new IntakeException("document.error.type"));
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    out.write(head, 0, headLength);
                    size = headLength + copyLimited(content, out, maxBytes - headLength);
                }
                if (size > maxBytes) {
                    throw new IntakeException("document.error.size", maxBytes / (1024 * 1024));
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = pathOf(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new StoredFile(hash, size, type, StoredFile.safeName(originalName, type));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the document", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored bytes of a document. */
    public InputStream open(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a document hash");
        }
        return Files.newInputStream(pathOf(sha256));
    }

    private Path pathOf(String hash) {
        return Path.of(storageDir, hash.substring(0, 2), hash);
    }

    /** Copies at most {@code limit + 1} bytes (one more tells the file is too large). */
    private static long copyLimited(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return total;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
