package vn.ansinh.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Household;

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
        households = new Households();
    }

    public String headName(Household household) {
        return reader.person(household.headPersonId()).fullName();
    }

    public LazyDataModel<Household> getHouseholds() {
        return households;
    }

    private final class Households extends LazyDataModel<Household> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return reader.countHouseholds();
        }

        @Override
        public List<Household> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return reader.households(first, pageSize);
        }

        @Override
        public String getRowKey(Household household) {
            return String.valueOf(household.id());
        }

        @Override
        public Household getRowData(String rowKey) {
            return null;
        }
    }
}
