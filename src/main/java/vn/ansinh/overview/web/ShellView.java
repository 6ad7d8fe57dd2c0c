package vn.ansinh.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.Format;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Navigation;

/** What the page layout shows about the user: name, roles, unit, menu. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Settings settings;

    @Inject
    private Format format;

    public Actor getActor() {
        return currentActor.get();
    }

    public String getRoleLabels() {
        return getActor().roles().stream()
                .map(role -> Messages.text(role.labelKey()))
                .collect(Collectors.joining(", "));
    }

    public String getUnitName() {
        Actor actor = getActor();
        return units.find(actor.unit())
                .map(AdminUnit::fullName)
                .orElse(actor.unit().value());
    }

    /** Whether the user's unit no longer exists (a former district): they read nothing and are told why. */
    public boolean isUnitAbolished() {
        return getActor().jurisdiction().isEmpty();
    }

    /** "Your unit … was abolished on dd/MM/yyyy; contact the administrator." */
    public String getUnitAbolishedNotice() {
        Actor actor = getActor();
        return actor.unitAbolishedOn() == null
                ? ""
                : Messages.text("home.unitAbolished", getUnitName(), format.date(actor.unitAbolishedOn()));
    }

    public List<Navigation> getMenu() {
        return Navigation.visibleTo(getActor());
    }

    public String getOrganisationName() {
        return settings.value(SettingKey.ORGANISATION_NAME).orElse("");
    }
}
