package vn.ansinh.devstack.generate;

import java.util.EnumMap;
import java.util.Map;
import vn.ansinh.registry.domain.Ethnicity;

/**
 * How the larger ethnic minorities name people: their own family names (Lò, Quàng, Cầm of the
 * Thái; Giàng, Thào, Sùng of the Mông; Thạch, Danh, Sơn of the Khmer; the clan names of the Central
 * Highlands, Ksor, Rơ Mah, Niê), and for some their own middle and given names ("Sùng A Páo",
 * "Ksor H'Nhi"). A null pool means the Kinh pool of the person's generation.
 */
final class MinorityNames {

    /** Name pools of one style; a middle name ending in an apostrophe (H') is joined to the given name. */
    record Style(
            Weighted<String> family,
            Weighted<String> maleMiddle,
            Weighted<String> femaleMiddle,
            Weighted<String> maleGiven,
            Weighted<String> femaleGiven) {

        static Style familyOnly(Weighted<String> family) {
            return new Style(family, null, null, null, null);
        }
    }

    private static final Style TAY_NUNG = Style.familyOnly(Weighted.ofPairs(
            "Hoàng", 20, "Nông", 15, "Nguyễn", 8, "Lục", 5, "Ma", 5, "Triệu", 5, "Lương", 5, "Hà", 5, "Đàm", 4, "Bế", 4,
            "Vi", 4, "Lý", 4, "Lăng", 3, "Hứa", 3, "Chu", 3, "Dương", 3, "Sầm", 2, "Mông", 2, "La", 2));

    private static final Style THAI = Style.familyOnly(Weighted.ofPairs(
            "Lò", 20, "Quàng", 10, "Cầm", 10, "Lường", 10, "Tòng", 8, "Hà", 8, "Vì", 7, "Điêu", 6, "Lù", 5, "Sầm", 4,
            "Bạc", 4, "Cà", 4, "Mè", 3, "Lê", 3, "Lự", 2));

    private static final Style MUONG = Style.familyOnly(Weighted.ofPairs(
            "Bùi", 35, "Đinh", 25, "Quách", 10, "Hà", 10, "Nguyễn", 6, "Xa", 5, "Cao", 5, "Trương", 4));

    private static final Style DAO = Style.familyOnly(
            Weighted.ofPairs("Triệu", 25, "Bàn", 20, "Đặng", 15, "Lý", 15, "Chảo", 8, "Phùn", 5, "Tẩn", 5, "Hoàng", 5));

    private static final Style MONG = new Style(
            Weighted.ofPairs(
                    "Giàng", 15, "Thào", 15, "Vàng", 15, "Sùng", 12, "Lý", 10, "Mùa", 8, "Hờ", 6, "Vừ", 6, "Lầu", 5,
                    "Cứ", 4, "Tráng", 4, "Chang", 3, "Sình", 3),
            Weighted.ofPairs("A", 45, "Văn", 35, "Seo", 10, "Mí", 5),
            Weighted.ofPairs("Thị", 85, "Mí", 10),
            Weighted.uniform(
                    "Páo", "Chứ", "Dế", "Sử", "Tủa", "Lử", "Sính", "Pó", "Chá", "Vả", "Mua", "Dình", "Nhìa", "Lềnh",
                    "Chư", "Phừ", "Khua", "Chớ", "Tồng", "Của"),
            Weighted.uniform(
                    "Mỷ", "Dợ", "Chá", "Pằng", "Xúa", "Mai", "Sua", "Ca", "Dua", "Mái", "Súa", "Lan", "Dầu", "Dính",
                    "Sì", "Mảy", "Chía", "Say"));

    private static final Style KHMER = new Style(
            Weighted.ofPairs(
                    "Thạch", 25, "Danh", 15, "Sơn", 15, "Kim", 10, "Lâm", 8, "Châu", 6, "Lý", 6, "Chau", 5, "Huỳnh", 3,
                    "Dương", 3, "Tăng", 3, "Trà", 3),
            Weighted.ofPairs("", 60, "Văn", 20, "Sa", 10, "Sô", 5, "Chanh", 5),
            Weighted.ofPairs("Thị", 65, "", 25, "Sa", 10),
            Weighted.uniform(
                    "Rinh", "Sóc", "Phi", "Sang", "Ra", "Ny", "Tha", "Khum", "Sươl", "Rết", "Phol", "Kha", "Dara",
                    "Chênh", "Sol", "Hên", "Sà Rênh", "Sô Phát", "Thol", "Vọng"),
            Weighted.uniform(
                    "Sa Ri",
                    "Sô Phi",
                    "Phanh",
                    "Ny",
                    "Chanh Thu",
                    "Sà Ươl",
                    "Mươl",
                    "Ra Ni",
                    "Kim Ngân",
                    "Thy",
                    "Sa Rinh",
                    "Sóc Khêm",
                    "Mỹ Linh",
                    "Sa Ly",
                    "Đa Ni"));

    private static final Style HOA = new Style(
            Weighted.ofPairs(
                    "Lâm", 12, "Lý", 12, "Trương", 10, "Trần", 8, "Quách", 6, "Tăng", 6, "Châu", 6, "Lưu", 6, "Huỳnh",
                    6, "Mã", 5, "Hứa", 5, "Diệp", 4, "Dương", 4, "La", 4, "Vương", 4, "Thái", 3, "Tạ", 3, "Hà", 3),
            Weighted.ofPairs("Văn", 20, "Quốc", 10, "Vĩnh", 10, "Minh", 10, "Kiến", 8, "Gia", 8, "Chí", 6, "Thế", 5),
            Weighted.ofPairs("Thị", 20, "Mỹ", 15, "Ngọc", 15, "Tú", 10, "Lệ", 10, "Bội", 5, "Huệ", 5),
            null,
            null);

    private static final Style HIGHLANDS = new Style(
            Weighted.ofPairs(
                    "Ksor", 12, "Rơ Mah", 10, "Siu", 10, "Niê", 10, "Nay", 8, "Đinh", 8, "Rah Lan", 6, "Kpă", 6, "Rcom",
                    5, "Êban", 4, "Mlô", 4, "Byă", 3, "Adrơng", 3),
            Weighted.ofPairs("Y", 50, "Văn", 30, "", 20),
            Weighted.ofPairs("H'", 50, "Thị", 30, "", 20),
            Weighted.uniform(
                    "Phun", "Bơ", "Sinh", "Blốc", "Hiao", "Moan", "Kông", "Djol", "Nhin", "Krai", "Pơr", "Bih", "Thông",
                    "Khoa", "Yôn", "Lơi", "Tlam", "Chơn", "Hồ", "Thuỷ"),
            Weighted.uniform(
                    "Nhi", "Uyên", "Hen", "Bia", "Ni", "Linh", "Djưm", "Ruê", "Mai", "Hiên", "Loan", "Nga", "Lê",
                    "Thêm", "Hlên", "Yơn", "Yiết", "Bích"));

    private static final Style CHAM = Style.familyOnly(Weighted.ofPairs(
            "Đạo", 15, "Thành", 12, "Quảng", 10, "Trượng", 8, "Lưu", 8, "Châu", 6, "Phú", 6, "Hán", 6, "Ma", 5, "Bá", 5,
            "Lộ", 4));

    private static final Style OTHER_MINORITY = Style.familyOnly(Weighted.ofPairs(
            "Hồ", 10, "Đinh", 10, "Nguyễn", 8, "Lò", 6, "Vi", 6, "Hà", 6, "Lê", 6, "Moong", 4, "Cụt", 3, "A Lăng", 3,
            "Bhling", 3, "Ka", 3, "Hoih", 2, "Lữ", 3, "Sần", 2));

    private static final Map<Ethnicity, Style> STYLES = new EnumMap<>(Ethnicity.class);

    static {
        for (Ethnicity e : Ethnicity.values()) {
            STYLES.put(e, OTHER_MINORITY);
        }
        STYLES.put(Ethnicity.KINH, new Style(KinhNames.FAMILY, null, null, null, null));
        for (Ethnicity e :
                new Ethnicity[] {Ethnicity.TAY, Ethnicity.NUNG, Ethnicity.SAN_CHAY, Ethnicity.GIAY, Ethnicity.SAN_DIU
                }) {
            STYLES.put(e, TAY_NUNG);
        }
        STYLES.put(Ethnicity.THAI, THAI);
        STYLES.put(Ethnicity.LAO, THAI);
        STYLES.put(Ethnicity.LU, THAI);
        STYLES.put(Ethnicity.MUONG, MUONG);
        STYLES.put(Ethnicity.THO, MUONG);
        STYLES.put(Ethnicity.DAO, DAO);
        STYLES.put(Ethnicity.MONG, MONG);
        STYLES.put(Ethnicity.KHMER, KHMER);
        STYLES.put(Ethnicity.HOA, HOA);
        STYLES.put(Ethnicity.NGAI, HOA);
        STYLES.put(Ethnicity.CHAM, CHAM);
        for (Ethnicity e : new Ethnicity[] {
            Ethnicity.GIA_RAI,
            Ethnicity.E_DE,
            Ethnicity.BA_NA,
            Ethnicity.XO_DANG,
            Ethnicity.CO_HO,
            Ethnicity.HRE,
            Ethnicity.MNONG,
            Ethnicity.RA_GLAI,
            Ethnicity.XTIENG,
            Ethnicity.MA,
            Ethnicity.GIE_TRIENG,
            Ethnicity.CHU_RU,
            Ethnicity.CHO_RO,
            Ethnicity.BRAU,
            Ethnicity.RO_MAM
        }) {
            STYLES.put(e, HIGHLANDS);
        }
    }

    private MinorityNames() {}

    static Style styleOf(Ethnicity ethnicity) {
        return STYLES.get(ethnicity);
    }
}
