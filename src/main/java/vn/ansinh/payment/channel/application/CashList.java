package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The list of cash payments of a run (danh sách chi trả bằng tiền mặt), for the whole run or one of
 * its communes: one row per cash line with an empty signature column, and the total. Printed by
 * {@link CashListPdf} and {@link CashListWorkbook}.
 */
public final class CashList {

    private final String unitName;
    private final String communeName;
    private final YearMonth month;
    private final boolean approved;
    private final List<PaymentLine> lines;
    private final Map<String, String> communeNames;
    private final boolean manyCommunes;

    /**
     * @param unitName the unit of the run, e.g. "Xã Tuần Giáo"
     * @param communeName the commune the list is limited to, or {@code null} for the whole run
     * @param approved whether the run is approved; a list of a run not yet approved is marked as a draft
     * @param communeNames the names of the lines' communes by code, for lists spanning several communes
     */
    public CashList(
            String unitName,
            String communeName,
            YearMonth month,
            boolean approved,
            List<PaymentLine> lines,
            Map<String, String> communeNames) {
        this.unitName = Objects.requireNonNull(unitName, "unitName");
        this.communeName = communeName;
        this.month = Objects.requireNonNull(month, "month");
        this.approved = approved;
        this.lines = List.copyOf(lines);
        this.communeNames = Map.copyOf(communeNames);
        this.manyCommunes = this.lines.stream()
                        .map(PaymentLine::communeCode)
                        .distinct()
                        .limit(2)
                        .count()
                > 1;
    }

    public String unitName() {
        return unitName;
    }

    public String communeName() {
        return communeName;
    }

    public YearMonth month() {
        return month;
    }

    public boolean approved() {
        return approved;
    }

    public List<PaymentLine> lines() {
        return lines;
    }

    /** The sum of the amounts, in đồng. */
    public long total() {
        return lines.stream().mapToLong(PaymentLine::amount).sum();
    }

    /** The number of people paid (a person may have a monthly and an arrears line). */
    public long people() {
        return lines.stream().mapToLong(PaymentLine::personId).distinct().count();
    }

    /** The address as printed: with the commune's name when the list spans several communes. */
    public String address(PaymentLine line) {
        String address = line.address() == null ? "" : line.address().strip();
        if (!manyCommunes) {
            return address;
        }
        String commune = communeNames.getOrDefault(line.communeCode(), line.communeCode());
        return address.isEmpty() ? commune : address + ", " + commune;
    }
}
