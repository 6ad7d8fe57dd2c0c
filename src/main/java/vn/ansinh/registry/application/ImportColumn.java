package vn.ansinh.registry.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * The columns of the person and household import file, in the order of the template. The headers
 * are Vietnamese in every language: they are the file's format, and what the officer sees in Excel.
 * A file is read by its headers (diacritics, case, spacing and a bracketed unit do not matter, a
 * few common variants are accepted), so the columns may come in another order.
 */
public enum ImportColumn {
    ROW_NUMBER(
            "STT",
            6,
            false,
            false,
            "Số thứ tự, chỉ để tiện theo dõi; hệ thống không dùng cột này.",
            "Số TT",
            "Số thứ tự",
            "TT"),
    FULL_NAME(
            "Họ và tên",
            28,
            true,
            false,
            "Họ, chữ đệm và tên, viết đầy đủ có dấu, ví dụ: Lò Văn Thành.",
            "Họ tên",
            "Họ và tên thành viên"),
    BIRTH_DATE(
            "Ngày sinh",
            13,
            true,
            true,
            "Ngày/tháng/năm (15/03/1948), tháng/năm (03/1948) hoặc chỉ năm sinh (1948) khi không rõ ngày, tháng.",
            "Ngày tháng năm sinh",
            "Năm sinh"),
    SEX("Giới tính", 10, true, false, "Nam hoặc Nữ."),
    ETHNICITY(
            "Dân tộc",
            14,
            true,
            false,
            "Tên dân tộc (Kinh, Thái, Mông...) hoặc mã 2 chữ số theo danh mục 54 dân tộc (xem bảng bên dưới)."),
    PERSONAL_ID(
            "Số định danh cá nhân",
            17,
            false,
            true,
            "12 chữ số trên thẻ căn cước (CCCD). Để trống nếu chưa có. Mỗi người chỉ ghi một lần; "
                    + "số đã có trong hệ thống sẽ bị báo lỗi.",
            "Số CCCD",
            "Số căn cước",
            "Số căn cước công dân",
            "Số định danh"),
    OLD_ID_NUMBER("Số CMND cũ", 13, false, true, "9 chữ số của chứng minh nhân dân loại cũ, nếu có.", "Số CMND"),
    HEALTH_INSURANCE_CARD(
            "Mã thẻ BHYT",
            18,
            false,
            true,
            "15 ký tự in trên thẻ bảo hiểm y tế, ví dụ HN4111234567890, nếu có.",
            "Số thẻ BHYT",
            "Mã số thẻ BHYT"),
    PHONE("Số điện thoại", 14, false, true, "Số di động 10 chữ số hoặc số máy bàn, nếu có.", "Điện thoại", "SĐT"),
    ADDRESS(
            "Địa chỉ",
            30,
            false,
            false,
            "Thôn, bản, tổ dân phố, số nhà (không cần ghi tên xã). Tối đa 255 ký tự.",
            "Nơi ở",
            "Địa chỉ thường trú"),
    HOUSEHOLD_KEY(
            "Mã hộ trong tệp",
            12,
            true,
            true,
            "Mã tự đặt (ví dụ H01, H02...) để gom các thành viên của một hộ: các dòng cùng mã là cùng một hộ. "
                    + "Đây không phải mã hộ chính thức; hệ thống cấp mã hộ khi nhập.",
            "Mã hộ"),
    RELATIONSHIP(
            "Quan hệ với chủ hộ",
            16,
            true,
            false,
            "Một trong: Chủ hộ, Vợ/chồng, Con, Cha/mẹ, Cháu, Ông/bà, Anh/chị/em, Con dâu/con rể, Họ hàng khác, "
                    + "Người ở cùng. Mỗi hộ có đúng một dòng Chủ hộ.",
            "Quan hệ"),
    REVIEW_YEAR(
            "Năm rà soát",
            10,
            false,
            false,
            "Chỉ ghi ở dòng chủ hộ: năm của kỳ rà soát, ví dụ 2025. Để trống các cột rà soát nếu hộ chưa rà soát."),
    INCOME_PER_CAPITA(
            "Thu nhập bình quân đầu người (VND/tháng)",
            18,
            false,
            false,
            "Chỉ ghi ở dòng chủ hộ: số đồng mỗi người mỗi tháng theo phiếu B1, ví dụ 1200000 hoặc 1.200.000.",
            "Thu nhập bình quân"),
    EMPLOYMENT(DeprivationIndicator.EMPLOYMENT, "Việc làm"),
    DEPENDANTS(DeprivationIndicator.DEPENDANTS, "Người phụ thuộc trong hộ"),
    NUTRITION(DeprivationIndicator.NUTRITION, "Dinh dưỡng"),
    HEALTH_INSURANCE(DeprivationIndicator.HEALTH_INSURANCE, "Bảo hiểm y tế"),
    ADULT_EDUCATION(DeprivationIndicator.ADULT_EDUCATION, "Trình độ giáo dục của người lớn"),
    CHILD_SCHOOLING(DeprivationIndicator.CHILD_SCHOOLING, "Tình trạng đi học của trẻ em"),
    HOUSING_QUALITY(DeprivationIndicator.HOUSING_QUALITY, "Chất lượng nhà ở"),
    HOUSING_AREA(DeprivationIndicator.HOUSING_AREA, "Diện tích nhà ở bình quân đầu người"),
    DOMESTIC_WATER(DeprivationIndicator.DOMESTIC_WATER, "Nguồn nước sinh hoạt"),
    HYGIENIC_LATRINE(DeprivationIndicator.HYGIENIC_LATRINE, "Nhà tiêu hợp vệ sinh"),
    TELECOM_USE(DeprivationIndicator.TELECOM_USE, "Sử dụng dịch vụ viễn thông"),
    INFORMATION_ASSETS(DeprivationIndicator.INFORMATION_ASSETS, "Phương tiện phục vụ tiếp cận thông tin");

    private final String header;
    private final int width;
    private final boolean required;
    private final boolean text;
    private final String help;
    private final DeprivationIndicator indicator;
    private final List<String> keys;

    ImportColumn(String header, int width, boolean required, boolean text, String help, String... aliases) {
        this(header, width, required, text, help, null, aliases);
    }

    ImportColumn(DeprivationIndicator indicator, String header) {
        this(
                header,
                14,
                false,
                false,
                "Chỉ ghi ở dòng chủ hộ: ghi x nếu hộ thiếu hụt chỉ số này (phiếu B2), "
                        + "để trống nếu không thiếu hụt.",
                indicator);
    }

    ImportColumn(
            String header,
            int width,
            boolean required,
            boolean text,
            String help,
            DeprivationIndicator indicator,
            String... aliases) {
        this.header = header;
        this.width = width;
        this.required = required;
        this.text = text;
        this.help = help;
        this.indicator = indicator;
        this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
                .map(ImportColumn::key)
                .toList();
    }

    /** The header written in the template, e.g. {@code Họ và tên}. */
    public String header() {
        return header;
    }

    /** The letter of the column in the template ({@code A} for STT). */
    public String templateLetter() {
        return letter(ordinal());
    }

    /** Whether every data row must fill this column. */
    public boolean required() {
        return required;
    }

    /** Whether the template formats the column as text, so that Excel keeps leading zeros and typed dates. */
    boolean text() {
        return text;
    }

    /** Width in the template, in characters. */
    int width() {
        return width;
    }

    /** How to fill the column, for the template's instructions sheet (Vietnamese). */
    public String help() {
        return help;
    }

    /** The deprivation indicator this column marks, for the twelve indicator columns. */
    public Optional<DeprivationIndicator> indicator() {
        return Optional.ofNullable(indicator);
    }

    /** Whether this column belongs to the household's poverty review, filled on the head's row only. */
    public boolean isReview() {
        return this == REVIEW_YEAR || this == INCOME_PER_CAPITA || indicator != null;
    }

    /** The column a header of a file names, if any. */
    static Optional<ImportColumn> ofHeader(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    /** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    private static String key(String text) {
        String folded = VietnameseNames.fold(text);
        return Keys.NOT_ALPHANUMERIC
                .matcher(Keys.BRACKETED.matcher(folded).replaceAll(""))
                .replaceAll("");
    }

    /** The patterns the constants need while they are built, so initialised before them. */
    private static final class Keys {
        static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
        static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    }
}
