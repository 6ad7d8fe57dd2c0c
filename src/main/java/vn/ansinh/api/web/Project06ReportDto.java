package vn.ansinh.api.web;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.account.application.CommuneIndicators;
import vn.ansinh.account.application.Project06Indicators;
import vn.ansinh.account.application.Project06Report;

/** The Project 06 indicators of a unit for a month: one row per commune, the total and the targets. */
@Schema(name = "Project06Report")
public class Project06ReportDto {

    @Schema(required = true, example = "03253")
    public String unitCode;

    @Schema(required = true, description = "YYYY-MM", example = "2026-11")
    public String month;

    @Schema(required = true, format = "date-time", description = "Lúc đếm số liệu (ISO 8601, UTC)")
    public String countedAt;

    @Schema(required = true, description = "Chỉ tiêu: % đối tượng có tài khoản")
    public int accountTargetPercent;

    @Schema(required = true, description = "Chỉ tiêu: % đối tượng được chi trả qua tài khoản")
    public int paidTargetPercent;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = Row.class, description = "Từng xã, theo tên")
    public List<Row> communes;

    @Schema(required = true, description = "Tổng cộng")
    public Row total;

    static Project06ReportDto of(String unitCode, Project06Indicators.Counted counted) {
        Project06Report report = counted.report();
        Project06ReportDto dto = new Project06ReportDto();
        dto.unitCode = unitCode;
        dto.month = report.month().toString();
        dto.countedAt = counted.at().toString();
        dto.accountTargetPercent = report.targets().accountPercent();
        dto.paidTargetPercent = report.targets().paidPercent();
        dto.communes = report.communes().stream().map(Row::of).toList();
        dto.total = Row.of(report.total());
        return dto;
    }

    /** One commune's counts (or the total's) and shares. */
    @Schema(name = "Project06Row")
    public static class Row {
        @Schema(nullable = true)
        public String communeCode;

        @Schema(nullable = true)
        public String communeName;

        @Schema(required = true, description = "Đối tượng đang hưởng")
        public long beneficiaries;

        @Schema(required = true, description = "Có tài khoản cuối tháng")
        public long withAccount;

        @Schema(required = true, description = "Đã đăng ký nhận cuối tháng")
        public long registered;

        @Schema(required = true, description = "Được chi trả qua tài khoản trong tháng")
        public long paidViaAccount;

        @Schema(
                nullable = true,
                type = SchemaType.NUMBER,
                description = "% có tài khoản (không có khi không có đối tượng)")
        public BigDecimal accountShare;

        @Schema(nullable = true, type = SchemaType.NUMBER)
        public BigDecimal registeredShare;

        @Schema(nullable = true, type = SchemaType.NUMBER)
        public BigDecimal paidShare;

        static Row of(CommuneIndicators row) {
            Row dto = new Row();
            dto.communeCode = row.communeCode();
            dto.communeName = row.communeName();
            dto.beneficiaries = row.beneficiaries();
            dto.withAccount = row.withAccount();
            dto.registered = row.registered();
            dto.paidViaAccount = row.paidViaAccount();
            dto.accountShare = row.accountShare();
            dto.registeredShare = row.registeredShare();
            dto.paidShare = row.paidShare();
            return dto;
        }
    }
}
