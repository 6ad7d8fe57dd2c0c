package vn.ansinh.gift.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * A one-off support list (danh sách hỗ trợ một lần): who qualifies (categories, each with its amount per person,
 * on a cut-off day), whose beneficiaries (the country or a province), from which budget. Defined by an
 * administrator, drawn from the registry ({@code DrawGiftListCommand}), then reviewed, approved and paid commune by
 * commune ({@link GiftCommune}).
 */
@Entity
@Table(name = "gift_list")
public class GiftList implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "cut_off", nullable = false)
    private LocalDate cutOff;

    @Column(name = "budget_source", nullable = false)
    private String budgetSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GiftListStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gift_list_category", joinColumns = @JoinColumn(name = "list_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", nullable = false)
    private Map<Category, Long> amounts = new EnumMap<>(Category.class);

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "drawn_at")
    private LocalDateTime drawnAt;

    @Column(name = "drawn_by")
    private String drawnBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GiftList() {}

    /**
     * A list defined by an administrator: a name, the unit whose beneficiaries it draws, the cut-off, the budget
     * source, and the amount per person of each qualifying category (at least one, each above zero).
     */
    public static GiftList define(
            String name,
            AdminUnitCode unit,
            LocalDate cutOff,
            String budgetSource,
            Map<Category, Long> amounts,
            String by,
            Instant at) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new GiftException("gift.error.name");
        }
        if (cutOff == null) {
            throw new GiftException("gift.error.cutOff");
        }
        if (budgetSource == null || budgetSource.isBlank() || budgetSource.length() > 200) {
            throw new GiftException("gift.error.budget");
        }
        if (amounts == null || amounts.isEmpty()) {
            throw new GiftException("gift.error.categories");
        }
        amounts.values().forEach(amount -> {
            if (amount == null || amount <= 0 || amount > 1_000_000_000L) {
                throw new GiftException("gift.error.amount");
            }
        });
        GiftList list = new GiftList();
        list.name = name.strip();
        list.unitCode = unit.value();
        list.cutOff = cutOff;
        list.budgetSource = budgetSource.strip();
        list.amounts.putAll(amounts);
        list.status = GiftListStatus.DRAFT;
        list.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        list.createdBy = by;
        return list;
    }

    /** The list was drawn (again) from the registry. */
    public void drawn(String by, Instant at) {
        status = status.to(GiftListStatus.DRAWN);
        drawnBy = by;
        drawnAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Every commune has paid its part. */
    public void close() {
        status = status.to(GiftListStatus.CLOSED);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AdminUnitCode unitCode() {
        return AdminUnitCode.of(unitCode);
    }

    public LocalDate cutOff() {
        return cutOff;
    }

    public String budgetSource() {
        return budgetSource;
    }

    public GiftListStatus status() {
        return status;
    }

    public Map<Category, Long> amounts() {
        return Collections.unmodifiableMap(amounts);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime drawnAt() {
        return drawnAt;
    }

    public String drawnBy() {
        return drawnBy;
    }
}
