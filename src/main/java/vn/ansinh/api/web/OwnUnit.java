package vn.ansinh.api.web;

import java.util.function.Supplier;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.web.Pages;

/**
 * A write on a record the caller names (an application, a household, the person it is for) answered as the pages
 * answer a record outside the caller's unit: 404, never a hint that it exists elsewhere. A refusal for the caller's
 * role stays 403. The engine has audited a refused command before this rewording.
 */
final class OwnUnit {

    private OwnUnit() {}

    static <T> T write(Supplier<T> write) {
        try {
            return write.get();
        } catch (AccessDeniedException e) {
            if (Pages.statusOf(e) == 404 && !"error.notFound".equals(e.messageKey())) {
                AccessDeniedException missing = new AccessDeniedException("error.notFound", e.getMessage());
                if (e.recordUnit() != null) {
                    missing.about(e.recordUnit());
                }
                throw missing;
            }
            throw e;
        }
    }
}
