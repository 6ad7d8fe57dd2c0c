package vn.ansinh.api.web;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.report.application.PovertyReport;
import vn.ansinh.report.application.PovertyRow;

/**
 * The poor and near-poor households report of a review year: one row per commune (per province for the country); a
 * figure the review does not give is absent (null), never 0.
 */
@Schema(name = "PovertyReport")
public class PovertyReportDto {

    @Schema(required = true, example = "03253")
    public String unitCode;

    @Schema(required = true, example = "Xã Tuần Giáo")
    public String unitName;

    @Schema(required = true)
    public ReportPeriodDto period;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = Row.class)
    public List<Row> rows;

    @Schema(required = true, description = "Tổng cộng của các đơn vị đã rà soát")
    public Row total;

    static PovertyReportDto of(String unitCode, PovertyReport report) {
        PovertyReportDto dto = new PovertyReportDto();
        dto.unitCode = unitCode;
        dto.unitName = report.unitName();
        dto.period = ReportPeriodDto.of(report.period());
        dto.rows = report.rows().stream().map(Row::of).toList();
        dto.total = Row.of(report.total());
        return dto;
    }

    /** One unit's households and the moves between last year's review and this year's. */
    @Schema(name = "PovertyRow")
    public static class Row {
        @Schema(nullable = true, description = "Mã đơn vị (không có ở dòng tổng cộng)")
        public String unitCode;

        @Schema(required = true)
        public String name;

        @Schema(required = true, description = "Số hộ")
        public long households;

        @Schema(nullable = true)
        public Long poor;

        @Schema(nullable = true)
        public Long nearPoor;

        @Schema(nullable = true, type = SchemaType.NUMBER, description = "Tỷ lệ hộ nghèo (%)")
        public BigDecimal poorRate;

        @Schema(nullable = true, type = SchemaType.NUMBER, description = "Tỷ lệ hộ cận nghèo (%)")
        public BigDecimal nearPoorRate;

        @Schema(nullable = true)
        public Long poorLastYear;

        @Schema(nullable = true)
        public Long nearPoorLastYear;

        @Schema(nullable = true, description = "Thoát nghèo")
        public Long escapedPoverty;

        @Schema(nullable = true, description = "Nghèo phát sinh")
        public Long newPoor;

        @Schema(nullable = true, description = "Ra khỏi danh sách cận nghèo")
        public Long leftNearPoor;

        @Schema(nullable = true, description = "Cận nghèo phát sinh")
        public Long newNearPoor;

        static Row of(PovertyRow row) {
            Row dto = new Row();
            dto.unitCode = row.unit() == null ? null : row.unit().value();
            dto.name = row.name();
            dto.households = row.households();
            dto.poor = row.poor();
            dto.nearPoor = row.nearPoor();
            dto.poorRate = row.poorRate();
            dto.nearPoorRate = row.nearPoorRate();
            dto.poorLastYear = row.poorLastYear();
            dto.nearPoorLastYear = row.nearPoorLastYear();
            dto.escapedPoverty = row.escapedPoverty();
            dto.newPoor = row.newPoor();
            dto.leftNearPoor = row.leftNearPoor();
            dto.newNearPoor = row.newNearPoor();
            return dto;
        }
    }
}
