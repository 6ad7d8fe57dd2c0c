package vn.ansinh.api.web;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.report.application.MonthPaid;
import vn.ansinh.report.application.PaidReport;
import vn.ansinh.report.application.PaidRow;

/**
 * The amounts-paid report: per programme, paid in cash and by transfer against the year's plan and last year's same
 * period, and each month of the period. An amount the system does not have is absent (null), never 0.
 */
@Schema(name = "PaidReport")
public class PaidReportDto {

    @Schema(required = true, example = "03253")
    public String unitCode;

    @Schema(required = true, example = "Xã Tuần Giáo")
    public String unitName;

    @Schema(required = true)
    public ReportPeriodDto period;

    @Schema(required = true, description = "Có bảng chi trả đã phê duyệt trong kỳ")
    public boolean hasPayments;

    @Schema(required = true, description = "Có số liệu cùng kỳ năm trước")
    public boolean hasLastYear;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = Row.class)
    public List<Row> rows;

    @Schema(required = true, description = "Tổng cộng")
    public Row total;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = Month.class)
    public List<Month> months;

    static PaidReportDto of(String unitCode, PaidReport report) {
        PaidReportDto dto = new PaidReportDto();
        dto.unitCode = unitCode;
        dto.unitName = report.unitName();
        dto.period = ReportPeriodDto.of(report.period());
        dto.hasPayments = report.hasPayments();
        dto.hasLastYear = report.hasLastYear();
        dto.rows = report.rows().stream().map(Row::of).toList();
        dto.total = Row.of(report.total());
        dto.months = report.months().stream().map(Month::of).toList();
        return dto;
    }

    /** One programme's amounts (đồng), or the total's (no programme). */
    @Schema(name = "PaidRow")
    public static class Row {
        @Schema(nullable = true, description = "Chương trình (không có ở dòng tổng cộng)")
        public String programme;

        @Schema(nullable = true, description = "Tiền mặt (đồng)")
        public Long cash;

        @Schema(nullable = true, description = "Chuyển khoản (đồng)")
        public Long transfer;

        @Schema(nullable = true, description = "Đã chi trong kỳ (đồng)")
        public Long paid;

        @Schema(nullable = true, description = "Kế hoạch năm (đồng)")
        public Long plan;

        @Schema(nullable = true, description = "Cùng kỳ năm trước (đồng)")
        public Long lastYear;

        @Schema(
                nullable = true,
                type = SchemaType.NUMBER,
                description = "Đã chi so với kế hoạch (%, một chữ số thập phân)")
        public BigDecimal planPercent;

        @Schema(nullable = true, type = SchemaType.NUMBER, description = "Đã chi so với cùng kỳ năm trước (%)")
        public BigDecimal lastYearPercent;

        static Row of(PaidRow row) {
            Row dto = new Row();
            dto.programme = row.programme() == null ? null : row.programme().name();
            dto.cash = row.cash();
            dto.transfer = row.transfer();
            dto.paid = row.paid();
            dto.plan = row.plan();
            dto.lastYear = row.lastYear();
            dto.planPercent = row.planPercent();
            dto.lastYearPercent = row.lastYearPercent();
            return dto;
        }
    }

    /** What the approved payrolls of one month paid (đồng); absent for a month without one. */
    @Schema(name = "PaidMonth")
    public static class Month {
        @Schema(required = true, description = "YYYY-MM", example = "2026-03")
        public String month;

        @Schema(nullable = true)
        public Long cash;

        @Schema(nullable = true)
        public Long transfer;

        @Schema(nullable = true)
        public Long total;

        static Month of(MonthPaid paid) {
            Month dto = new Month();
            dto.month = paid.month().toString();
            dto.cash = paid.cash();
            dto.transfer = paid.transfer();
            dto.total = paid.total();
            return dto;
        }
    }
}
