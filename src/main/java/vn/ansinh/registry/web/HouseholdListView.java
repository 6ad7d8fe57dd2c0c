package vn.ansinh.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.shared.web.PagedRows;

/** The households of the user's jurisdiction, paged in SQL. */
@Named
@ViewScoped
public class HouseholdListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader reader;

    private LazyDataModel<Household> households;

    @PostConstruct
    void init() {
        households = PagedRows.of(
                () -> reader.countHouseholds(), (first, size) -> reader.households(first, size), Household::id);
    }

    public String headName(Household household) {
        return reader.person(household.headPersonId()).fullName();
    }

    public LazyDataModel<Household> getHouseholds() {
        return households;
    }
}
