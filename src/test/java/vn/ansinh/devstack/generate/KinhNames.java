package vn.ansinh.devstack.generate;

/**
 * Name pools of the Kinh majority: family names with their approximate national shares (Nguyễn
 * about two in five), middle and given names by sex, in an older and a newer fashion.
 */
final class KinhNames {

    static final Weighted<String> FAMILY = Weighted.ofPairs(
            "Nguyễn", 45.0, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.0, "Hoàng", 3.1, "Huỳnh", 2.0, "Phan", 4.5, "Vũ", 2.0,
            "Võ", 1.9, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0, "Lý", 0.5, "Đinh", 0.7,
            "Đoàn", 0.6, "Trương", 0.6, "Đào", 0.5, "Mai", 0.5, "Trịnh", 0.5, "Lâm", 0.4, "Cao", 0.4, "Lương", 0.4,
            "Hà", 0.4, "Tạ", 0.3, "Lưu", 0.3, "Phùng", 0.3, "Chu", 0.2, "Tô", 0.2, "Triệu", 0.2, "Châu", 0.2, "Kiều",
            0.15, "Quách", 0.15, "Thái", 0.15, "Lại", 0.15, "Vương", 0.15, "Tống", 0.15, "La", 0.1, "Tăng", 0.1, "Hứa",
            0.1, "Từ", 0.1, "Tôn", 0.1, "Nghiêm", 0.1, "Thân", 0.1, "Khổng", 0.05, "Giáp", 0.05, "Âu", 0.05, "Mạc",
            0.05, "Bạch", 0.05, "Khúc", 0.05, "Ninh", 0.05, "Diệp", 0.05, "Ông", 0.05, "Văn", 0.05);

    static final Weighted<String> MALE_MIDDLE_OLD = Weighted.ofPairs(
            "Văn", 60, "Đức", 6, "Hữu", 6, "Đình", 5, "Xuân", 4, "Quang", 4, "Ngọc", 3, "Minh", 3, "Thanh", 3, "Công",
            3, "Trọng", 2, "Quốc", 2, "Duy", 1, "Bá", 1, "Tiến", 1, "Viết", 1, "Mạnh", 1);

    static final Weighted<String> MALE_MIDDLE_NEW = Weighted.ofPairs(
            "Văn", 18, "Minh", 14, "Đức", 10, "Quang", 7, "Gia", 7, "Hoàng", 6, "Anh", 5, "Duy", 5, "Bảo", 5, "Thành",
            4, "Hữu", 4, "Tuấn", 3, "Quốc", 3, "Tiến", 3, "Trung", 3, "Ngọc", 2, "Xuân", 2, "Đăng", 2, "Khánh", 2,
            "Nhật", 2, "Thanh", 2);

    static final Weighted<String> FEMALE_MIDDLE_OLD = Weighted.ofPairs(
            "Thị", 80, "Ngọc", 4, "Thanh", 3, "Thu", 3, "Kim", 3, "Xuân", 2, "Hồng", 2, "Bích", 1, "Minh", 1, "Thuý",
            1);

    static final Weighted<String> FEMALE_MIDDLE_NEW = Weighted.ofPairs(
            "Thị", 30, "Ngọc", 9, "Thu", 7, "Thanh", 6, "Phương", 5, "Minh", 5, "Khánh", 5, "Bảo", 5, "Kim", 4, "Hồng",
            3, "Thuỳ", 3, "Diệu", 3, "Mai", 3, "Hoài", 2, "Quỳnh", 2, "Ánh", 2, "Tú", 2, "Hải", 2);

    /** A second middle name for four-word names ("Nguyễn Thị Thu Hà", "Phạm Hoàng Minh Khang"). */
    static final Weighted<String> MALE_SECOND_MIDDLE =
            Weighted.uniform("Minh", "Đức", "Quang", "Gia", "Bảo", "Anh", "Hoàng", "Tuấn", "Nhật", "Đăng");

    static final Weighted<String> FEMALE_SECOND_MIDDLE = Weighted.uniform(
            "Thu", "Ngọc", "Kim", "Thanh", "Minh", "Bảo", "Khánh", "Phương", "Diệu", "Hồng", "Mai", "Thảo");

    static final Weighted<String> MALE_GIVEN_OLD = Weighted.ofPairs(
            "Hùng", 5, "Dũng", 5, "Thành", 5, "Minh", 4, "Hải", 4, "Sơn", 4, "Tuấn", 4, "Bình", 4, "Thắng", 4, "Cường",
            4, "Hưng", 3, "Long", 3, "Nam", 3, "Trung", 3, "Quang", 3, "Toàn", 3, "Hoà", 3, "Tâm", 3, "An", 3, "Lâm", 2,
            "Phúc", 2, "Tài", 2, "Lợi", 2, "Lộc", 2, "Thịnh", 2, "Tiến", 2, "Vinh", 2, "Chiến", 2, "Hiếu", 2, "Đức", 2,
            "Sáu", 1, "Tư", 1, "Bảy", 1, "Thuận", 1, "Kiên", 1, "Phong", 1, "Hậu", 1, "Nghĩa", 1, "Hiền", 1, "Thanh", 1,
            "Châu", 1, "Khải", 1, "Quý", 1, "Tùng", 1);

    static final Weighted<String> MALE_GIVEN_NEW = Weighted.ofPairs(
            "Anh", 5, "Huy", 5, "Minh", 5, "Khang", 4, "Khoa", 4, "Bảo", 4, "Phúc", 4, "Nam", 4, "Long", 4, "Quân", 4,
            "Hiếu", 3, "Đạt", 3, "Tuấn", 3, "Duy", 3, "Kiên", 3, "Hoàng", 3, "Trí", 3, "Phong", 3, "Tùng", 3, "Thịnh",
            3, "Vinh", 2, "Nhật", 2, "Khánh", 2, "Lâm", 2, "An", 2, "Sơn", 2, "Hải", 2, "Đức", 2, "Hưng", 2, "Việt", 2,
            "Toàn", 2, "Thái", 1, "Tú", 1, "Quang", 1, "Dũng", 1, "Vũ", 1, "Hào", 1, "Khôi", 2, "Lộc", 1, "Tài", 1);

    static final Weighted<String> FEMALE_GIVEN_OLD = Weighted.ofPairs(
            "Lan", 5, "Hương", 5, "Hoa", 5, "Mai", 4, "Hà", 4, "Hằng", 4, "Hạnh", 4, "Nga", 4, "Thuỷ", 4, "Hồng", 4,
            "Liên", 3, "Loan", 3, "Dung", 3, "Tuyết", 3, "Yến", 3, "Oanh", 3, "Nhung", 3, "Hiền", 3, "Vân", 3, "Phương",
            3, "Thu", 3, "Huệ", 2, "Cúc", 2, "Đào", 2, "Thơm", 2, "Lụa", 1, "Sen", 1, "Thắm", 2, "Bích", 2, "Xuân", 2,
            "Hậu", 2, "Nhàn", 2, "Tâm", 2, "Lý", 1, "Gái", 1, "Tý", 1, "Mận", 1, "Hoà", 2, "Lài", 1, "Nguyệt", 2, "Hải",
            1, "Ánh", 1);

    static final Weighted<String> FEMALE_GIVEN_NEW = Weighted.ofPairs(
            "Linh", 6, "Anh", 6, "Trang", 5, "Ngọc", 4, "Vy", 4, "Nhi", 4, "My", 3, "Ngân", 3, "Thảo", 4, "Huyền", 4,
            "Hương", 3, "Quỳnh", 3, "Chi", 3, "Giang", 3, "Hà", 3, "Phương", 3, "Uyên", 3, "Trinh", 2, "Châu", 2, "Hân",
            3, "Yến", 2, "Mai", 2, "Thư", 3, "Hoa", 2, "Lan", 2, "Diệp", 1, "Hằng", 2, "Nhung", 2, "Loan", 1, "Vân", 2,
            "Như", 2, "Tâm", 1, "Thuỷ", 2, "Hạnh", 1, "Dung", 1, "Ánh", 2, "Trâm", 2);

    private KinhNames() {}
}
