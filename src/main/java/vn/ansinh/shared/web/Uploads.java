package vn.ansinh.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.upload.UploadMessage;

/** What the import pages share: checking an uploaded file into a report, and a report's message in words. */
public final class Uploads {

    /** Reads an uploaded file (its name, size and content) into a report; nothing is written. */
    @FunctionalInterface
    public interface Check<R> {
        R check(String fileName, long size, InputStream content) throws IOException;
    }

    private Uploads() {}

    /** The file's report, or empty with the page's message when the file could not be read or was refused. */
    public static <R> Optional<R> check(FileUploadEvent event, Check<R> check) {
        try (InputStream content = event.getFile().getInputStream()) {
            return Optional.ofNullable(
                    check.check(event.getFile().getFileName(), event.getFile().getSize(), content));
        } catch (IOException e) {
            Messages.error("document.error.read");
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
        return Optional.empty();
    }

    /** A report's message in the user's language. */
    public static String text(UploadMessage<?> message) {
        return Messages.text(message.messageKey(), message.messageArguments());
    }
}
