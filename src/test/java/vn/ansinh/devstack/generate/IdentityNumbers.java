package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.OldIdNumber;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.Sex;

/**
 * Valid, unique identity numbers: personal IDs (province of birth registration from the 63
 * provinces of the pre-2025 list, century and sex digit, year digits, serial), old 9-digit ID
 * numbers, health-insurance card codes and mobile numbers. Numbers already in the database are
 * never issued again.
 */
final class IdentityNumbers {

    private static final String[] MOBILE_PREFIXES = {
        "032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083",
        "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098", "056", "058", "059"
    };

    private final List<String> birthProvinceCodes;
    private final Set<Long> personalIds = new HashSet<>();
    private final Set<Long> oldIds = new HashSet<>();
    private final Set<Long> socialInsuranceNumbers = new HashSet<>();

    private IdentityNumbers(List<String> birthProvinceCodes) {
        this.birthProvinceCodes = birthProvinceCodes;
    }

    /** Reads the 63 provinces of the pre-2025 list and, when appending, the numbers already issued. */
    static IdentityNumbers load(Connection connection) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select code from admin_unit "
                        + "where unit_list = 'THREE_TIER_2004' and level = 'PROVINCE' order by code")) {
            while (rs.next()) {
                codes.add("0" + rs.getString(1));
            }
        }
        IdentityNumbers numbers = new IdentityNumbers(List.copyOf(codes));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select personal_id, old_id_number, health_insurance_no from person "
                                + "where personal_id is not null or old_id_number is not null or health_insurance_no is not null")) {
            while (rs.next()) {
                addIfPresent(numbers.personalIds, rs.getString(1));
                addIfPresent(numbers.oldIds, rs.getString(2));
                String card = rs.getString(3);
                addIfPresent(numbers.socialInsuranceNumbers, card == null ? null : card.substring(5));
            }
        }
        return numbers;
    }

    /** Most births were registered in the province the person lives in now, the rest anywhere. */
    PersonalId personalId(String residenceProvince, Sex sex, int birthYear, RandomGenerator random) {
        String province = "0" + residenceProvince;
        if (random.nextDouble() < 0.15 || !birthProvinceCodes.contains(province)) {
            province = birthProvinceCodes.get(random.nextInt(birthProvinceCodes.size()));
        }
        int centuryAndSex = (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        String prefix = province + centuryAndSex + String.format("%02d", birthYear % 100);
        while (true) {
            String value = prefix + String.format("%06d", random.nextInt(1_000_000));
            if (personalIds.add(Long.parseLong(value))) {
                return new PersonalId(value);
            }
        }
    }

    /** The old identity card (CMND): two digits of the issuing province, seven more. */
    OldIdNumber oldIdNumber(RandomGenerator random) {
        while (true) {
            long value = (1 + random.nextInt(38)) * 10_000_000L + random.nextInt(10_000_000);
            if (oldIds.add(value)) {
                return new OldIdNumber(String.format("%09d", value));
            }
        }
    }

    /** Group, benefit level, province of issue and a lifelong social-insurance number never used before. */
    HealthInsuranceCardNumber healthInsuranceCard(
            String group, int level, String provinceCode, RandomGenerator random) {
        while (true) {
            long number = Long.parseLong(provinceCode) * 100_000_000L + random.nextInt(100_000_000);
            if (socialInsuranceNumbers.add(number)) {
                return new HealthInsuranceCardNumber(group + level + provinceCode + String.format("%010d", number));
            }
        }
    }

    PhoneNumber mobilePhone(RandomGenerator random) {
        return new PhoneNumber(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%07d", random.nextInt(10_000_000)));
    }

    private static void addIfPresent(Set<Long> set, String digits) {
        if (digits != null && !digits.isBlank()) {
            set.add(Long.parseLong(digits));
        }
    }
}
