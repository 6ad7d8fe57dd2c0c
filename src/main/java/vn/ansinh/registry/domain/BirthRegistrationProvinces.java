package vn.ansinh.registry.domain;

import java.util.Set;

/**
 * The 3-digit codes of the province where a birth was registered, the first digits of a personal ID
 * (Circular 07/2016/TT-BCA): {@code 0} followed by the statistics office's code of one of the 63
 * provinces in force before 1 July 2025 (001 Hà Nội to 096 Cà Mau). The provinces formed in 2025
 * kept codes of this list. A code says where a birth was registered, never where a person lives.
 */
final class BirthRegistrationProvinces {

    static final Set<String> CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private BirthRegistrationProvinces() {}

    static boolean contains(String code) {
        return CODES.contains(code);
    }
}
