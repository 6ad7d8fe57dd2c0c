package vn.ansinh.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The first step of every import: reads an upload into memory within the size limit and tells what the
 * file is by its content, whatever its name says, and sets the most data rows a file may have
 * ({@link #rowLimit()}). Each import then says in its own words why it refuses a kind, and reads the
 * kinds it takes with {@link XlsxSheetReader} or {@link CsvReader}.
 */
public final class FileSniffer {

    /** What a file is, by its first bytes. */
    public enum Kind {
        /** Larger than the limit (as announced, or as read): not read further. */
        TOO_BIG,
        EMPTY,
        /** A ZIP package: an .xlsx workbook, or another ZIP file that the workbook reader will refuse. */
        XLSX,
        /** An old binary Excel workbook (.xls, or another OLE2 document). */
        XLS,
        /** A password-protected .xlsx (an OLE2 container holding the encrypted package). */
        ENCRYPTED_XLSX,
        PDF,
        /** Text: no control characters but tab and line breaks in its first 4 KB, whatever its encoding. */
        TEXT,
        /** Anything else. */
        BINARY
    }

    /** An upload as read: the name to show, what it is, and its bytes (none when too big). */
    public record Sniffed(String fileName, Kind kind, byte[] bytes) {

        /**
         * The content as text for a CSV reader: UTF-8 (a byte order mark first is dropped) without
         * control characters other than tab and line breaks; empty when it is not that (another
         * encoding, UTF-16, a binary file).
         */
        public Optional<String> utf8Text() {
            if (kind == Kind.TOO_BIG) {
                return Optional.empty();
            }
            int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                        .toString();
                return text.chars().anyMatch(FileSniffer::isControl) ? Optional.empty() : Optional.of(text);
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
    }

    /** The largest upload of an import by default: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final int TEXT_PROBE = 4096;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private final long maxBytes;
    private final int maxDataRows;

    /** A sniffer for files of at most {@code maxBytes} bytes and {@code maxDataRows} data rows. */
    public FileSniffer(long maxBytes, int maxDataRows) {
        if (maxBytes < 1 || maxDataRows < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxDataRows = maxDataRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The size limit in whole megabytes, for messages (at least 1). */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    public int maxDataRows() {
        return maxDataRows;
    }

    /** A fresh count of the data rows of one file against the limit. */
    public RowLimit rowLimit() {
        return new RowLimit(maxDataRows);
    }

    /**
     * Reads an upload. {@code declaredSize} is the size the browser announced: checked first, and the
     * content is never read past the limit whatever it says. A blank {@code fileName} becomes "?".
     * Throws {@link UncheckedIOException} only when the upload itself cannot be read.
     */
    public Sniffed sniff(String fileName, long declaredSize, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (declaredSize > maxBytes) {
            return new Sniffed(name, Kind.TOO_BIG, new byte[0]);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        if (bytes.length > maxBytes) {
            return new Sniffed(name, Kind.TOO_BIG, new byte[0]);
        }
        return new Sniffed(name, kindOf(bytes), bytes);
    }

    /** What the bytes are. */
    public static Kind kindOf(byte[] bytes) {
        if (bytes.length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(bytes, ZIP)) {
            return Kind.XLSX;
        }
        if (startsWith(bytes, OLE2)) {
            return isEncryptedOoxml(bytes) ? Kind.ENCRYPTED_XLSX : Kind.XLS;
        }
        if (startsWith(bytes, PDF)) {
            return Kind.PDF;
        }
        for (int i = 0; i < Math.min(bytes.length, TEXT_PROBE); i++) {
            // bytes below 0x20 are the same characters in UTF-8 and every legacy code page
            if (isControl(bytes[i])) {
                return Kind.BINARY;
            }
        }
        return Kind.TEXT;
    }

    private static boolean isEncryptedOoxml(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isControl(int c) {
        return c >= 0 && c < 0x20 && c != '\n' && c != '\r' && c != '\t';
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
