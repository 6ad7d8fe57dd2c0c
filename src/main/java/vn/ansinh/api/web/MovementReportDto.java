package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.report.application.MovementReport;
import vn.ansinh.report.application.MovementRow;
import vn.ansinh.report.domain.StopReason;

/** The beneficiary movement report: the rows of the report page, by programme and category, with totals. */
@Schema(name = "MovementReport")
public class MovementReportDto {

    @Schema(required = true, example = "03253")
    public String unitCode;

    @Schema(required = true, example = "Xã Tuần Giáo")
    public String unitName;

    @Schema(required = true)
    public ReportPeriodDto period;

    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = Row.class,
            description = "Theo chương trình và nhóm; dòng cộng của chương trình không có category")
    public List<Row> rows;

    @Schema(required = true, description = "Tổng cộng")
    public Row total;

    static MovementReportDto of(String unitCode, MovementReport report) {
        MovementReportDto dto = new MovementReportDto();
        dto.unitCode = unitCode;
        dto.unitName = report.unitName();
        dto.period = ReportPeriodDto.of(report.period());
        dto.rows = report.rows().stream().map(Row::of).toList();
        dto.total = Row.of(report.total());
        return dto;
    }

    /** One line: at the start, new, stopped (by reason), at the end; atStart + added − stopped = atEnd. */
    @Schema(name = "MovementRow")
    public static class Row {
        @Schema(
                nullable = true,
                description = "Chương trình (không có ở dòng tổng cộng)",
                example = "SOCIAL_ASSISTANCE")
        public String programme;

        @Schema(nullable = true, description = "Nhóm đối tượng (không có ở dòng cộng)", example = "DISABLED")
        public String category;

        @Schema(required = true, description = "Đầu kỳ")
        public long atStart;

        @Schema(required = true, description = "Tăng trong kỳ")
        public long added;

        @Schema(required = true, description = "Giảm trong kỳ")
        public long stopped;

        @Schema(required = true, type = SchemaType.ARRAY, implementation = Stop.class, description = "Giảm theo lý do")
        public List<Stop> stoppedBy;

        @Schema(required = true, description = "Cuối kỳ")
        public long atEnd;

        static Row of(MovementRow row) {
            Row dto = new Row();
            dto.programme = row.programme() == null ? null : row.programme().name();
            dto.category = row.category() == null ? null : row.category().name();
            dto.atStart = row.atStart();
            dto.added = row.added();
            dto.stopped = row.stopped();
            dto.stoppedBy = java.util.Arrays.stream(StopReason.values())
                    .map(reason -> Stop.of(reason, row.stopped(reason)))
                    .toList();
            dto.atEnd = row.atEnd();
            return dto;
        }
    }

    /** The beneficiaries who stopped for one reason. */
    @Schema(name = "MovementStop")
    public static class Stop {
        @Schema(
                required = true,
                enumeration = {"DEATH", "LOSS_OF_ELIGIBILITY", "MOVED_AWAY", "RECLASSIFIED", "OTHER"})
        public String reason;

        @Schema(required = true)
        public long count;

        static Stop of(StopReason reason, long count) {
            Stop dto = new Stop();
            dto.reason = reason.name();
            dto.count = count;
            return dto;
        }
    }
}
