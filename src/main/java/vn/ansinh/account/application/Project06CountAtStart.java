package vn.ansinh.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, the Project 06 reports of every province for the current month are counted in the background
 * ({@code ansinh.project06.count-at-start}, default true), so that the first provincial or national readers after a
 * start or a deployment do not wait for the count of a large province (issue 13: 1–3 s each on the
 * 1,000,000-person database). The app answers meanwhile; a reader who comes first counts the report themself.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class Project06CountAtStart {

    @Inject
    private Project06Indicators indicators;

    @Inject
    @ConfigProperty(name = "ansinh.project06.count-at-start", defaultValue = "true")
    private boolean countAtStart;

    @PostConstruct
    void start() {
        if (countAtStart) {
            indicators.countProvincesInBackground(indicators.currentMonth());
        }
    }
}
