package vn.ansinh.account.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * The columns of an account import file, found by their header in any order, with or without
 * diacritics, in Vietnamese or English. The name is optional (a bank file may lack it); the others
 * must be there, even when a row leaves the bank and number blank.
 */
public enum AccountImportColumn {
    PERSONAL_ID(
            "Số định danh cá nhân",
            true,
            20,
            "so dinh danh ca nhan",
            "so dinh danh",
            "so cccd",
            "cccd",
            "so can cuoc",
            "personal id"),
    FULL_NAME("Họ tên", false, 28, "ho ten", "ho va ten", "ten", "full name", "name"),
    BANK("Mã ngân hàng", true, 16, "ma ngan hang", "ngan hang", "bank code", "bank"),
    ACCOUNT_NUMBER("Số tài khoản", true, 22, "so tai khoan", "so tk", "account number", "account no"),
    EVENT("Sự kiện", true, 18, "su kien", "event", "step"),
    DATE("Ngày", true, 14, "ngay", "ngay su kien", "date");

    private final String header;
    private final boolean required;
    private final int width;
    private final List<String> names;

    AccountImportColumn(String header, boolean required, int width, String... names) {
        this.header = header;
        this.required = required;
        this.width = width;
        this.names = List.of(names);
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Width in the template, in characters. */
    int width() {
        return width;
    }

    /** The column a header names (folded: case, diacritics, spacing and a trailing "(...)" ignored). */
    public static Optional<AccountImportColumn> ofHeader(String text) {
        String folded = VietnameseNames.fold(text)
                .replaceAll("\\s*\\(.*\\)$", "")
                .replace('_', ' ')
                .strip();
        return Arrays.stream(values()).filter(c -> c.names.contains(folded)).findFirst();
    }

    /** The Excel letter of a 0-based column index (A, B, … Z, AA). */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
