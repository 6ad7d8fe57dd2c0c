package vn.ansinh.gift.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.gift.application.GiftAmounts;
import vn.ansinh.gift.application.GiftService;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;

/**
 * The administrator's page of one-off lists: define a list for their unit (who qualifies by programme, the amount
 * per person or a category's own, the cut-off, the budget source) and draw it from the registry.
 */
@Named
@ViewScoped
public class GiftAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The programmes a one-off list may draw: those with beneficiaries paid monthly. */
    private static final List<Programme> PROGRAMMES = List.of(
            Programme.MERITORIOUS_PERSON,
            Programme.MERITORIOUS_RELATIVE,
            Programme.SOCIAL_ASSISTANCE,
            Programme.SOCIAL_PENSION);

    @Inject
    private GiftService service;

    private String name;
    private LocalDate cutOff;
    private String budgetSource;
    private List<String> programmes = List.of();
    private Long amount;
    /** An amount of a category's own, where it differs from the amount per person (left empty: that amount). */
    private final Map<Category, Long> categoryAmounts = new EnumMap<>(Category.class);
    /** The categories ticked: within a programme with any ticked, only those are supported. */
    private final Map<Category, Boolean> onlyCategories = new EnumMap<>(Category.class);

    private List<GiftList> lists = List.of();

    public void load() {
        if (!service.mayDefine()) {
            Pages.refuse(Pages.roleRefusal("/admin/gifts.xhtml"));
            return;
        }
        lists = service.lists();
    }

    public void define() {
        if (programmes.isEmpty()) {
            Messages.error("gift.error.categories");
            return;
        }
        Map<Category, Long> amounts = GiftAmounts.of(
                programmes.stream().map(Programme::valueOf).toList(),
                amount,
                categoryAmounts,
                onlyCategories.entrySet().stream()
                        .filter(e -> Boolean.TRUE.equals(e.getValue()))
                        .map(Map.Entry::getKey)
                        .toList());
        if (PageActions.attempt("gift.defined", () -> service.define(name, cutOff, budgetSource, amounts))) {
            name = null;
            cutOff = null;
            budgetSource = null;
            programmes = List.of();
            amount = null;
            categoryAmounts.clear();
            onlyCategories.clear();
        }
        lists = service.lists();
    }

    public void draw(GiftList list) {
        PageActions.attempt("gift.drawn", () -> service.draw(list));
        lists = service.lists();
    }

    public boolean mayDraw(GiftList list) {
        return service.mayDraw(list);
    }

    public String unitName(GiftList list) {
        return service.unitName(list.unitCode());
    }

    public List<Programme> getProgrammeChoices() {
        return PROGRAMMES;
    }

    /**
     * The categories of the programmes ticked (in the order of the programmes), each of which may have an amount of
     * its own or be the programme's only one; none before a programme is ticked.
     */
    public List<Category> getCategoryChoices() {
        return PROGRAMMES.stream()
                .filter(p -> programmes.contains(p.name()))
                .flatMap(p -> p.categories().stream())
                .toList();
    }

    public Map<Category, Long> getCategoryAmounts() {
        return categoryAmounts;
    }

    public Map<Category, Boolean> getOnlyCategories() {
        return onlyCategories;
    }

    public List<GiftList> getLists() {
        return lists;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public void setCutOff(LocalDate cutOff) {
        this.cutOff = cutOff;
    }

    public String getBudgetSource() {
        return budgetSource;
    }

    public void setBudgetSource(String budgetSource) {
        this.budgetSource = budgetSource;
    }

    /** A copy Faces can fill (it makes a new list of the same class as the current one, and an immutable one has none). */
    public List<String> getProgrammes() {
        return new java.util.ArrayList<>(programmes);
    }

    public void setProgrammes(List<String> programmes) {
        this.programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }
}
