package vn.ansinh.devstack.generate;

import java.util.random.RandomGenerator;
import vn.ansinh.devstack.generate.ProvinceProfile.Region;
import vn.ansinh.registry.domain.Area;

/**
 * Addresses as communes write them: "Tổ dân phố 5" or "Số 12 đường Lê Lợi, Khu phố 3" in wards,
 * "Thôn 3", "Xóm 7", "Bản Nà Sang", "Buôn Ko Tam", "Ấp Phú Hoà" in rural communes.
 */
final class Addresses {

    private static final Weighted<String> STREETS = Weighted.uniform(
            "Trần Phú",
            "Lê Lợi",
            "Nguyễn Huệ",
            "Hai Bà Trưng",
            "Quang Trung",
            "Lý Thường Kiệt",
            "Hùng Vương",
            "Nguyễn Trãi",
            "Lê Duẩn",
            "Trần Hưng Đạo",
            "Phan Chu Trinh",
            "Nguyễn Văn Cừ",
            "Điện Biên Phủ",
            "Võ Thị Sáu",
            "Bà Triệu",
            "Lê Thánh Tông");
    private static final Weighted<String> HAMLETS_NORTH_UPLANDS = Weighted.uniform(
            "Nà Sang",
            "Phiêng Lương",
            "Huổi Lóng",
            "Nà Tấu",
            "Co Mạ",
            "Pá Khoang",
            "Hua Nà",
            "Mường Lói",
            "Púng Bánh",
            "Nậm Pồ",
            "Khuổi Hẩu",
            "Lũng Cú",
            "Sà Phìn",
            "Tả Van",
            "Bó Mới");
    private static final Weighted<String> HAMLETS_HIGHLANDS = Weighted.uniform(
            "Ko Tam",
            "Kô Sier",
            "Trấp",
            "Plei Phun",
            "Kon Klor",
            "Đê Kôp",
            "Ea Kmát",
            "Plei Ơi",
            "Bon Bu Prâng",
            "Kon Hring",
            "Ea Tiêu");
    private static final Weighted<String> HAMLETS_SOUTH = Weighted.uniform(
            "Phú Hoà",
            "Tân Lợi",
            "Mỹ Thạnh",
            "Bình An",
            "Long Hưng",
            "An Thới",
            "Tân Phú",
            "Hoà Bình",
            "Thạnh Lợi",
            "Vĩnh Phước",
            "Sóc Xoài",
            "Trà Cú");

    String of(Commune commune, RandomGenerator random) {
        Region region = commune.profile().region();
        if (commune.area() == Area.URBAN) {
            String quarter = (region == Region.SOUTH ? "Khu phố " : "Tổ dân phố ") + (1 + random.nextInt(40));
            return random.nextDouble() < 0.4
                    ? "Số " + (1 + random.nextInt(250)) + " đường " + STREETS.pick(random) + ", " + quarter
                    : quarter;
        }
        boolean uplands = commune.profile().uplands() && random.nextDouble() < 0.5;
        if (region == Region.SOUTH) {
            return "Ấp " + (random.nextBoolean() ? String.valueOf(1 + random.nextInt(12)) : HAMLETS_SOUTH.pick(random));
        }
        if (uplands && region == Region.NORTH) {
            return "Bản " + HAMLETS_NORTH_UPLANDS.pick(random);
        }
        if (uplands) {
            return (random.nextBoolean() ? "Buôn " : "Làng ") + HAMLETS_HIGHLANDS.pick(random);
        }
        return (region == Region.NORTH && random.nextDouble() < 0.3 ? "Xóm " : "Thôn ") + (1 + random.nextInt(20));
    }
}
