package vn.ansinh.payment.channel.application;

/** The columns of the cash list, in order, with their headers and widths (PDF share, Excel characters). */
public enum CashListColumn {
    ROW_NUMBER("STT", 3.5f, 6),
    NAME("Họ và tên", 14f, 26),
    BIRTH_YEAR("Năm sinh", 5.5f, 10),
    PERSONAL_ID("Số định danh cá nhân", 10.5f, 17),
    ADDRESS("Địa chỉ", 15f, 30),
    CATEGORY("Diện đối tượng", 16f, 36),
    FOR_MONTH("Tháng hưởng", 7f, 11),
    KIND("Loại chi trả", 7f, 12),
    AMOUNT("Số tiền (đồng)", 9.5f, 15),
    SIGNATURE("Ký nhận", 12f, 18);

    private final String header;
    private final float pdfWidth;
    private final int excelWidth;

    CashListColumn(String header, float pdfWidth, int excelWidth) {
        this.header = header;
        this.pdfWidth = pdfWidth;
        this.excelWidth = excelWidth;
    }

    public String header() {
        return header;
    }

    float pdfWidth() {
        return pdfWidth;
    }

    int excelWidth() {
        return excelWidth;
    }

    static float[] pdfWidths() {
        CashListColumn[] columns = values();
        float[] widths = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].pdfWidth;
        }
        return widths;
    }
}
