package vn.ansinh.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.intake.domain.IntakeException;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;

/**
 * Scanned documents on disk, outside the web root ({@code ansinh.storage.dir}), each stored once
 * under its SHA-256. A file is accepted only if its first bytes say PDF, JPEG or PNG and it is not
 * larger than the limit; it is written to a temporary file and moved into place whole. The file is written before
 * its database row; if the row is not committed, {@link #release} removes the file again, so the store and the
 * database never disagree (no row without its file, no file without its row). A server killed between the two leaves
 * a file without a row: the nightly {@link SweepOrphanDocumentsCommand} moves such files, once older than a grace
 * period, to {@code orphans/<day>/} in the store (kept, not deleted, for an administrator to look at).
 */
@ApplicationScoped
public class DocumentStore {

    private static final int HEAD = 16;
    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
    private static final String ORPHANS = "orphans";

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "ansinh.storage.dir", defaultValue = "ansinh-documents")
    String storageDir;

    /** Uploads under way per file (by hash), in this server: a file is removed only when no other upload uses it. */
    private final Map<String, Integer> inFlight = new HashMap<>();

    /**
     * A file written to the store for an upload whose database row is not yet committed; hand it back to
     * {@link #release} with the transaction's outcome.
     *
     * @param created whether this upload wrote the file (no earlier document had the same content)
     */
    public record Pending(StoredFile file, boolean created) {}

    /** The store in {@code dir} on the clock, for the command-line tools and the tests (the server injects both). */
    public static DocumentStore at(Path dir, Clock clock) {
        DocumentStore store = new DocumentStore();
        store.storageDir = dir.toString();
        store.clock = clock;
        return store;
    }

    /**
     * Checks and writes the file. A store that cannot be written (disk full, read-only, missing) is refused with
     * {@code document.error.storage}, leaving no partial file behind.
     */
    public Pending store(String originalName, InputStream content, long maxBytes) {
        Path temp = null;
        try {
            Path root = Files.createDirectories(Path.of(storageDir));
            temp = Files.createTempFile(root, "upload-", ".part");
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
            StoredFile file = new StoredFile(hash, size, type, StoredFile.safeName(originalName, type));
            return new Pending(file, moveIntoPlace(temp, hash));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "The document store " + storageDir + " cannot be written", e);
            throw new IntakeException("document.error.storage");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Moves the checked file into place unless the same content is stored already; whether it moved. */
    private boolean moveIntoPlace(Path temp, String hash) throws IOException {
        Path target = pathOf(hash);
        synchronized (inFlight) {
            inFlight.merge(hash, 1, Integer::sum);
            try {
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    // the same content again: touched, so that the orphan sweep never takes a file just reused
                    Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                    return false;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException | RuntimeException e) {
                inFlight.merge(hash, -1, (a, b) -> a + b == 0 ? null : a + b);
                throw e;
            }
        }
    }

    /**
     * The upload's row was committed, or not: a file this upload wrote for a row that never landed is removed (unless
     * another upload of the same content is under way), so no file stays without its row.
     */
    public void release(Pending pending, boolean committed) {
        String hash = pending.file().sha256();
        synchronized (inFlight) {
            Integer left = inFlight.merge(hash, -1, (a, b) -> a + b == 0 ? null : a + b);
            if (!committed && pending.created() && left == null) {
                try {
                    Files.deleteIfExists(pathOf(hash));
                } catch (IOException e) {
                    LOG.log(Level.SEVERE, "Could not remove the file of a document that was not saved: " + hash, e);
                }
            }
        }
    }

    /** The hashes of the stored files last written before {@code cutoff} (candidates for the orphan sweep). */
    public List<String> storedBefore(Instant cutoff) throws IOException {
        Path root = Path.of(storageDir);
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("[0-9a-f]{2}"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}"))
                            .filter(f -> lastWrittenBefore(f, cutoff))
                            .forEach(f -> found.add(f.getFileName().toString()));
                }
            }
        }
        return found;
    }

    /**
     * Moves a stored file that no row references to {@code orphans/<day>/}, unless an upload of the same content is
     * under way in this server or touched it since {@code cutoff}; whether it moved.
     */
    public boolean quarantine(String hash, Instant cutoff, LocalDate day) throws IOException {
        Path file = pathOf(hash);
        synchronized (inFlight) {
            if (inFlight.containsKey(hash) || !Files.exists(file) || !lastWrittenBefore(file, cutoff)) {
                return false;
            }
            Path target = Path.of(storageDir, ORPHANS, day.toString(), hash);
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.warning(() -> "A stored file without a document row was moved to " + target);
            return true;
        }
    }

    /** Removes the temporary parts of uploads begun before {@code cutoff} (a server killed mid-upload); how many. */
    public int removeStaleParts(Instant cutoff) throws IOException {
        Path root = Path.of(storageDir);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> parts = Files.list(root)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().matches("upload-.*\\.part"))
                    .filter(p -> lastWrittenBefore(p, cutoff))
                    .toList()) {
                if (Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean lastWrittenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the temporary file " + temp, e);
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
