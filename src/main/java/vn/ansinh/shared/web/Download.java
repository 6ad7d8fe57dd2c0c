package vn.ansinh.shared.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file the application hands to the user: its name (Vietnamese letters allowed), its type, its length when known
 * ({@code -1} otherwise) and how its bytes are written.
 */
public record Download(String fileName, String contentType, long length, Body body) {

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
