package vn.ansinh.devstack.generate;

import static vn.ansinh.registry.domain.Ethnicity.BA_NA;
import static vn.ansinh.registry.domain.Ethnicity.BRU_VAN_KIEU;
import static vn.ansinh.registry.domain.Ethnicity.CHAM;
import static vn.ansinh.registry.domain.Ethnicity.CO_HO;
import static vn.ansinh.registry.domain.Ethnicity.CO_TU;
import static vn.ansinh.registry.domain.Ethnicity.DAO;
import static vn.ansinh.registry.domain.Ethnicity.E_DE;
import static vn.ansinh.registry.domain.Ethnicity.GIAY;
import static vn.ansinh.registry.domain.Ethnicity.GIA_RAI;
import static vn.ansinh.registry.domain.Ethnicity.HA_NHI;
import static vn.ansinh.registry.domain.Ethnicity.HOA;
import static vn.ansinh.registry.domain.Ethnicity.HRE;
import static vn.ansinh.registry.domain.Ethnicity.KHMER;
import static vn.ansinh.registry.domain.Ethnicity.KHO_MU;
import static vn.ansinh.registry.domain.Ethnicity.KINH;
import static vn.ansinh.registry.domain.Ethnicity.MNONG;
import static vn.ansinh.registry.domain.Ethnicity.MONG;
import static vn.ansinh.registry.domain.Ethnicity.MUONG;
import static vn.ansinh.registry.domain.Ethnicity.NUNG;
import static vn.ansinh.registry.domain.Ethnicity.RA_GLAI;
import static vn.ansinh.registry.domain.Ethnicity.SAN_CHAY;
import static vn.ansinh.registry.domain.Ethnicity.SAN_DIU;
import static vn.ansinh.registry.domain.Ethnicity.TAY;
import static vn.ansinh.registry.domain.Ethnicity.TA_OI;
import static vn.ansinh.registry.domain.Ethnicity.THAI;
import static vn.ansinh.registry.domain.Ethnicity.XO_DANG;
import static vn.ansinh.registry.domain.Ethnicity.XTIENG;

import java.util.HashMap;
import java.util.Map;
import vn.ansinh.registry.domain.Ethnicity;

/**
 * What the generator assumes about each of the 34 provinces of 2025: population (millions, rough
 * 2024 figures of the merged provinces), region, whether it is mountainous, and its ethnic mix (rough
 * shares from the 2019 census). Together they give a national mix of about 86% Kinh.
 */
record ProvinceProfile(double populationMillions, Region region, boolean uplands, Weighted<Ethnicity> ethnicities) {

    enum Region {
        NORTH,
        CENTRAL,
        SOUTH
    }

    private static final Map<String, ProvinceProfile> BY_CODE = new HashMap<>();

    static {
        north("01", 8.7, false, KINH, 98.5, MUONG, 0.5, TAY, 0.5, HOA, 0.2);
        north("04", 0.57, true, TAY, 40, NUNG, 31, MONG, 10, DAO, 10, KINH, 6, SAN_CHAY, 2);
        north("08", 1.87, true, KINH, 30, TAY, 25, MONG, 22, DAO, 12, NUNG, 5, GIAY, 2, SAN_CHAY, 2);
        north("11", 0.64, true, THAI, 38, MONG, 35, KINH, 19, KHO_MU, 3, DAO, 2, HA_NHI, 1);
        north("12", 0.48, true, MONG, 33, THAI, 32, KINH, 15, DAO, 13, HA_NHI, 4, GIAY, 2);
        north("14", 1.3, true, THAI, 54, KINH, 17, MONG, 16, MUONG, 8, DAO, 2, KHO_MU, 1);
        north("15", 1.78, true, KINH, 45, MONG, 15, TAY, 15, DAO, 12, NUNG, 3, THAI, 3, GIAY, 2);
        north("19", 1.8, true, KINH, 65, TAY, 18, NUNG, 6, DAO, 5, SAN_CHAY, 3, SAN_DIU, 2, MONG, 1);
        north("20", 0.8, true, NUNG, 42, TAY, 35, KINH, 17, DAO, 4, SAN_CHAY, 1);
        north("22", 1.4, false, KINH, 88, DAO, 5, TAY, 3, SAN_DIU, 2, SAN_CHAY, 1, HOA, 0.5);
        north("24", 3.6, false, KINH, 90, NUNG, 3, TAY, 2, SAN_CHAY, 1.5, SAN_DIU, 1.5);
        north("25", 4.0, false, KINH, 73, MUONG, 22, THAI, 1.5, DAO, 1.5, TAY, 0.5, SAN_DIU, 1);
        north("31", 4.7, false, KINH, 99.5, HOA, 0.3);
        north("33", 3.6, false, KINH, 99.7);
        north("37", 4.4, false, KINH, 98, MUONG, 2);
        central("38", 3.8, false, KINH, 84, MUONG, 9, THAI, 6, MONG, 0.5);
        central("40", 3.5, false, KINH, 86, THAI, 10, KHO_MU, 1, MONG, 1);
        central("42", 1.3, false, KINH, 99.8);
        central("44", 1.9, false, KINH, 95, BRU_VAN_KIEU, 4, TA_OI, 1);
        central("46", 1.2, false, KINH, 96, TA_OI, 2, CO_TU, 1);
        central("48", 3.1, false, KINH, 95, CO_TU, 2, XO_DANG, 1);
        central("51", 2.2, true, KINH, 70, XO_DANG, 12, HRE, 8, BA_NA, 6);
        central("52", 3.6, true, KINH, 68, GIA_RAI, 20, BA_NA, 10);
        central("56", 2.2, false, KINH, 88, RA_GLAI, 6, CHAM, 4);
        central("66", 3.3, true, KINH, 75, E_DE, 12, MNONG, 2, NUNG, 2, TAY, 2, MONG, 1);
        central("68", 3.9, true, KINH, 82, CO_HO, 6, MNONG, 3, CHAM, 1.5, NUNG, 1);
        south("75", 4.5, false, KINH, 88, XTIENG, 4, HOA, 3, NUNG, 2, KHMER, 1);
        south("79", 14.0, false, KINH, 93, HOA, 5, KHMER, 0.5);
        south("80", 3.3, false, KINH, 98, KHMER, 1, CHAM, 0.5);
        south("82", 4.4, false, KINH, 99.5, HOA, 0.3);
        south("86", 4.3, false, KINH, 88, KHMER, 11);
        south("91", 3.7, false, KINH, 87, KHMER, 10, HOA, 2, CHAM, 0.5);
        south("92", 3.2, false, KINH, 80, KHMER, 16, HOA, 3);
        south("96", 2.6, false, KINH, 94, KHMER, 4, HOA, 2);
    }

    /** The profile of a province of the 2025 list; a province not listed gets an average lowland one. */
    static ProvinceProfile of(String provinceCode) {
        return BY_CODE.getOrDefault(
                provinceCode,
                new ProvinceProfile(2.0, Region.CENTRAL, false, Weighted.ofPairs(KINH, 98, HOA, 1, MUONG, 1)));
    }

    private static void north(String code, double population, boolean uplands, Object... mix) {
        BY_CODE.put(code, new ProvinceProfile(population, Region.NORTH, uplands, Weighted.ofPairs(mix)));
    }

    private static void central(String code, double population, boolean uplands, Object... mix) {
        BY_CODE.put(code, new ProvinceProfile(population, Region.CENTRAL, uplands, Weighted.ofPairs(mix)));
    }

    private static void south(String code, double population, boolean uplands, Object... mix) {
        BY_CODE.put(code, new ProvinceProfile(population, Region.SOUTH, uplands, Weighted.ofPairs(mix)));
    }
}
