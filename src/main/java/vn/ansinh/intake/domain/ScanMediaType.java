package vn.ansinh.intake.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only file types a scanned document may be, recognised by their first bytes (never by the
 * name or the type the browser claims).
 */
public enum ScanMediaType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    ScanMediaType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public static Optional<ScanMediaType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ScanMediaType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }
}
