package vn.ansinh.api.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.report.domain.ReportPeriod;

/** The period of a report: its code (as the report pages write it), kind and months. */
@Schema(name = "ReportPeriod")
public class ReportPeriodDto {

    @Schema(required = true, description = "Mã kỳ như trên trang báo cáo", example = "2026-Q1")
    public String code;

    @Schema(
            required = true,
            enumeration = {"MONTH", "QUARTER", "FIRST_HALF", "NINE_MONTHS", "YEAR"})
    public String kind;

    @Schema(required = true, description = "Tháng đầu (YYYY-MM)", example = "2026-01")
    public String firstMonth;

    @Schema(required = true, description = "Tháng cuối (YYYY-MM)", example = "2026-03")
    public String lastMonth;

    @Schema(required = true, description = "Tên kỳ trên báo cáo", example = "Quý I năm 2026")
    public String title;

    static ReportPeriodDto of(ReportPeriod period) {
        ReportPeriodDto dto = new ReportPeriodDto();
        dto.code = period.code();
        dto.kind = period.kind().name();
        dto.firstMonth = period.firstMonth().toString();
        dto.lastMonth = period.lastMonth().toString();
        dto.title = period.title();
        return dto;
    }
}
