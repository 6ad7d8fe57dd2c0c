package vn.ansinh.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;

/** The review list of suspected duplicate pairs whose two people both lie in the user's jurisdiction. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    private List<DuplicateSuspect> suspects;

    /** The page's view action: 403 to a user who may not decide on pairs (the list offers only that). */
    public void open() {
        if (!registry.mayResolveDuplicates()) {
            Pages.refuse(Pages.roleRefusal("duplicates"));
            return;
        }
        load();
    }

    private void load() {
        suspects = reader.openDuplicates();
    }

    public void samePerson(DuplicateSuspect suspect) {
        resolve(suspect, true);
    }

    public void differentPeople(DuplicateSuspect suspect) {
        resolve(suspect, false);
    }

    private void resolve(DuplicateSuspect suspect, boolean same) {
        PageActions.attempt(() -> {
            registry.resolveDuplicate(suspect, same);
            Messages.info("duplicate.resolved");
            load();
        });
    }

    public Person person(Long id) {
        return reader.person(id);
    }

    public boolean mayResolve(DuplicateSuspect suspect) {
        return registry.mayResolve(suspect);
    }

    public List<DuplicateSuspect> getSuspects() {
        return suspects;
    }
}
