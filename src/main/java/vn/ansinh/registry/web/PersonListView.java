package vn.ansinh.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.PersonSearch;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.PagedRows;

/** The people of the user's jurisdiction: search by personal ID or name, paged in SQL. */
@Named
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    @Inject
    private AdminUnitDirectory units;

    private String query;
    private LazyDataModel<Person> people;

    @PostConstruct
    void init() {
        people =
                PagedRows.of(() -> reader.count(query), (first, size) -> reader.search(query, first, size), Person::id);
    }

    public void search() {
        // the lazy model reads the query on its next load
    }

    public boolean isMayRegister() {
        AdminUnitCode unit = reader.jurisdiction();
        return registry.mayRegisterIn(unit);
    }

    public String communeName(Person person) {
        return units.nameOf(person.communeCode());
    }

    public boolean isCountCapped() {
        return people.getRowCount() > PersonSearch.COUNT_CAP;
    }

    public LazyDataModel<Person> getPeople() {
        return people;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
