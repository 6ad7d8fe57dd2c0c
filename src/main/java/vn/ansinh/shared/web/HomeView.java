package vn.ansinh.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;

/** The root page sends each user to the home page of their first role. */
@Named("homeView")
@RequestScoped
public class HomeView {

    @Inject
    private CurrentActor currentActor;

    /** The outcome of the user's home page, or the 403 page when they hold no AnSinh role. */
    public String redirect() {
        Actor actor = currentActor.get();
        return Arrays.stream(Role.values())
                .filter(actor::has)
                .findFirst()
                .map(role -> role.homePage() + "?faces-redirect=true")
                .orElse("/errors/403.xhtml?faces-redirect=true");
    }
}
