package vn.ansinh.admin.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.admin.application.ChangeSettingCommand;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/** The administrator's settings page: a list, and a dialog to change one value. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Settings settings;

    @Inject
    private CommandEngine engine;

    private List<Setting> rows;
    private SettingKey editing;
    private String newValue;
    private long editingVersion;

    @PostConstruct
    void load() {
        rows = settings.all();
    }

    public void edit(Setting setting) {
        editing = setting.key();
        newValue = setting.value();
        editingVersion = setting.version();
    }

    /** Saves the edited value; on a refusal the dialog stays open with the user's text kept. */
    public void save() {
        PageActions.attemptForField("settingForm:value", () -> {
            engine.submit(new ChangeSettingCommand(editing, newValue, editingVersion));
            Messages.info("setting.saved", Messages.text(editing.labelKey()));
            editing = null;
            rows = settings.all();
        });
    }

    public boolean isMayEdit() {
        return editing == null || engine.permits(new ChangeSettingCommand(editing, newValue, editingVersion));
    }

    public List<Setting> getRows() {
        return rows;
    }

    public SettingKey getEditing() {
        return editing;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }
}
