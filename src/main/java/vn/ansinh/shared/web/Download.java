package vn.ansinh.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A file the application hands to the user: its name (Vietnamese letters allowed), its type, its length when known
 * ({@code -1} otherwise) and how its bytes are written.
 */
public record Download(String fileName, String contentType, long length, Body body, Access access) {

    public Download(String fileName, String contentType, long length, Body body) {
        this(fileName, contentType, length, body, null);
    }

    /**
     * What the file discloses of personal data, for the access log: its kind, the unit whose data it is, the
     * person it is about (or {@code null} for a list), what it is ("decision 125", "run 12 commune 03253").
     */
    public record Access(AccessKind kind, AdminUnitCode unit, Long personId, String target) {}

    /** The same file, noted in the access log when it is sent. */
    public Download disclosing(AccessKind kind, AdminUnitCode unit, Long personId, String target) {
        return new Download(fileName, contentType, length, body, new Access(kind, unit, personId, target));
    }

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file made in memory (a PDF, a workbook). */
    public static Download of(String fileName, String contentType, byte[] content) {
        return new Download(fileName, contentType, content.length, out -> out.write(content));
    }

    /** A file written as it is sent (a template, a stored scan), of a known length or {@code -1}. */
    public static Download streamed(String fileName, String contentType, long length, Body body) {
        return new Download(fileName, contentType, length, body);
    }
}
