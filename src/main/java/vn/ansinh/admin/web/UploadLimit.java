package vn.ansinh.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;

/**
 * The largest file a user may upload, from the UPLOAD_MAX_MEGABYTES setting, for the pages'
 * {@code <p:validateFile sizeLimit>}: the browser refuses a larger file before sending it, and the
 * server refuses it again (same message) if it arrives anyway.
 */
@Named
@RequestScoped
public class UploadLimit {

    /** The limit when the setting was never set. */
    public static final long DEFAULT_MEGABYTES = 10; // as IntakeService.attach

    @Inject
    private Settings settings;

    public long getMegabytes() {
        return settings.value(SettingKey.UPLOAD_MAX_MEGABYTES)
                .map(Long::parseLong)
                .orElse(DEFAULT_MEGABYTES);
    }

    public long getBytes() {
        return getMegabytes() * 1024 * 1024;
    }
}
