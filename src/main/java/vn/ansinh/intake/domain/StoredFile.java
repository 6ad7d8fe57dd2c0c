package vn.ansinh.intake.domain;

/** A file accepted into the document store: its checked type, size, hash and a safe display name. */
public record StoredFile(String sha256, long size, ScanMediaType mediaType, String safeName) {

    /** A display name without paths or characters that could be misread: letters, digits, . _ - and spaces. */
    public static String safeName(String original, ScanMediaType type) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "tai-lieu";
        }
        if (stem.length() > 150) {
            stem = stem.substring(0, 150);
        }
        return stem + "." + type.extension();
    }
}
