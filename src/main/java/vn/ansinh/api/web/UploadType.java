package vn.ansinh.api.web;

import java.util.Locale;
import java.util.Optional;
import vn.ansinh.intake.domain.ScanMediaType;

/**
 * The type a caller declares for an uploaded scan ({@code Content-Type}): one of the three the document store accepts,
 * or the upload is refused before it is read. The store still checks the file's first bytes, as for the page.
 */
final class UploadType {

    private UploadType() {}

    /** The scan type {@code application/pdf} (also {@code Application/PDF; name=a.pdf}) names, if one. */
    static Optional<ScanMediaType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return ScanMediaType.ofContentType(type.strip().toLowerCase(Locale.ROOT));
    }
}
