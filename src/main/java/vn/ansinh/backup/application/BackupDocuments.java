package vn.ansinh.backup.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The document store's side of a backup ({@link DatabaseBackup}): its files, named by their SHA-256 in two-letter
 * folders, copied and checked one by one.
 */
final class BackupDocuments {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{2}");

    private BackupDocuments() {}

    /** Copies the documents of a store (files named by their SHA-256 in two-letter folders), checking each. */
    static Map<String, Long> copy(Path from, Path to) throws IOException {
        Map<String, Long> documents = new TreeMap<>();
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return documents;
        }
        // by name only, the two-letter folders and the documents in them: an upload still being written lies in the
        // store's root as a temporary file that may vanish while it is listed (Files.walk failed on it)
        List<Path> files = new ArrayList<>();
        try (Stream<Path> folders = Files.list(from)) {
            for (Path folder : folders.filter(
                            p -> FOLDER.matcher(p.getFileName().toString()).matches())
                    .toList()) {
                try (Stream<Path> inFolder = Files.list(folder)) {
                    inFolder.filter(p ->
                                    SHA256.matcher(p.getFileName().toString()).matches())
                            .forEach(files::add);
                }
            }
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!sha256Of(file).equals(name)) {
                throw new IllegalStateException("a document whose content does not match its name: " + file);
            }
            Path copy = path(to, name);
            Files.createDirectories(copy.getParent());
            if (!Files.exists(copy)) {
                Path temp = Files.createTempFile(copy.getParent(), "copy-", ".part");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
            }
            documents.put(name, Files.size(file));
        }
        return documents;
    }

    static Path path(Path store, String sha256) {
        return store.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
