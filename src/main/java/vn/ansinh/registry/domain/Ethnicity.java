package vn.ansinh.registry.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * The 54 ethnic groups of Viet Nam (dân tộc), in the order and with the codes 01–54 of the General
 * Statistics Office's list (Decision 121-TCTK/PPCĐ, 1979). Names are the official ones in current
 * spelling; a name is a proper noun and is shown in Vietnamese in every language.
 */
public enum Ethnicity {
    KINH("01", "Kinh", "Việt"),
    TAY("02", "Tày"),
    THAI("03", "Thái"),
    HOA("04", "Hoa", "Hán"),
    KHMER("05", "Khmer", "Khơ-me"),
    MUONG("06", "Mường"),
    NUNG("07", "Nùng"),
    MONG("08", "Mông", "H'Mông"),
    DAO("09", "Dao"),
    GIA_RAI("10", "Gia Rai"),
    NGAI("11", "Ngái"),
    E_DE("12", "Ê Đê"),
    BA_NA("13", "Ba Na"),
    XO_DANG("14", "Xơ Đăng"),
    SAN_CHAY("15", "Sán Chay"),
    CO_HO("16", "Cơ Ho"),
    CHAM("17", "Chăm"),
    SAN_DIU("18", "Sán Dìu"),
    HRE("19", "Hrê"),
    MNONG("20", "Mnông"),
    RA_GLAI("21", "Ra Glai"),
    XTIENG("22", "Xtiêng"),
    BRU_VAN_KIEU("23", "Bru-Vân Kiều"),
    THO("24", "Thổ"),
    GIAY("25", "Giáy"),
    CO_TU("26", "Cơ Tu"),
    GIE_TRIENG("27", "Gié Triêng", "Giẻ Triêng"),
    MA("28", "Mạ"),
    KHO_MU("29", "Khơ Mú"),
    CO("30", "Co"),
    TA_OI("31", "Tà Ôi"),
    CHO_RO("32", "Chơ Ro"),
    KHANG("33", "Kháng"),
    XINH_MUN("34", "Xinh Mun"),
    HA_NHI("35", "Hà Nhì"),
    CHU_RU("36", "Chu Ru"),
    LAO("37", "Lào"),
    LA_CHI("38", "La Chí"),
    LA_HA("39", "La Ha"),
    PHU_LA("40", "Phù Lá"),
    LA_HU("41", "La Hủ"),
    LU("42", "Lự"),
    LO_LO("43", "Lô Lô"),
    CHUT("44", "Chứt"),
    MANG("45", "Mảng"),
    PA_THEN("46", "Pà Thẻn"),
    CO_LAO("47", "Cơ Lao", "Cờ Lao"),
    CONG("48", "Cống"),
    BO_Y("49", "Bố Y"),
    SI_LA("50", "Si La"),
    PU_PEO("51", "Pu Péo"),
    BRAU("52", "Brâu"),
    O_DU("53", "Ơ Đu"),
    RO_MAM("54", "Rơ Măm");

    private final String code;
    private final String vietnameseName;
    private final List<String> aliases;

    Ethnicity(String code, String vietnameseName, String... aliases) {
        this.code = code;
        this.vietnameseName = vietnameseName;
        this.aliases = List.of(aliases);
    }

    /** The statistics office's two-digit code, {@code 01} (Kinh) to {@code 54} (Rơ Măm). */
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The group with this code; {@code "1"} is read as {@code "01"}. */
    public static Ethnicity fromCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        String padded = trimmed.length() == 1 ? "0" + trimmed : trimmed;
        return Arrays.stream(values())
                .filter(e -> e.code.equals(padded))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("person.error.ethnicity.code", trimmed));
    }

    /**
     * The group with this name, ignoring case, diacritics, spaces, hyphens and apostrophes, so that
     * {@code Ê-đê}, {@code Ê Đê} and {@code E De} match; also a few common older names (Khơ-me, H'Mông).
     */
    public static Optional<Ethnicity> fromName(String name) {
        String key = key(name == null ? "" : name);
        return Arrays.stream(values())
                .filter(e -> Stream.concat(Stream.of(e.vietnameseName), e.aliases.stream())
                        .map(Ethnicity::key)
                        .anyMatch(key::equals))
                .findFirst();
    }

    private static String key(String name) {
        return VietnameseNames.fold(name).replaceAll("[^a-z]", "");
    }
}
