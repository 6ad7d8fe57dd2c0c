package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;

/** A payroll (bảng chi trả) of a unit for a month: its state and totals. */
@Schema(name = "PayrollRun")
public class PayrollRunDto {

    @Schema(required = true, example = "41")
    public long id;

    @Schema(required = true, description = "Mã đơn vị của bảng chi trả (xã, tỉnh hoặc VN)", example = "03253")
    public String unitCode;

    @Schema(nullable = true, description = "Tên đơn vị", example = "Xã Tuần Giáo")
    public String unitName;

    @Schema(required = true, description = "Tháng chi trả (YYYY-MM)", example = "2026-11")
    public String month;

    @Schema(
            required = true,
            description = "Trạng thái",
            enumeration = {"DRAFT", "COMPUTING", "COMPUTED", "FAILED", "APPROVED"})
    public String status;

    @Schema(required = true, description = "Số dòng chi trả")
    public int lineCount;

    @Schema(required = true, description = "Tổng số tiền (đồng)", example = "7000000")
    public long totalAmount;

    @Schema(nullable = true, format = "date-time", description = "Lúc tính xong (ISO 8601, UTC)")
    public String computedAt;

    @Schema(nullable = true, format = "date-time", description = "Lúc phê duyệt (ISO 8601, UTC)")
    public String approvedAt;

    @Schema(nullable = true, description = "Người phê duyệt")
    public String approvedBy;

    @Schema(
            nullable = true,
            type = SchemaType.ARRAY,
            implementation = SummaryDto.class,
            description = "Số dòng và tổng tiền theo chương trình, nhóm, loại dòng và kênh (khi đã tính)")
    public List<SummaryDto> summary;

    static PayrollRunDto of(PayrollRun run, String unitName) {
        PayrollRunDto dto = new PayrollRunDto();
        dto.id = run.id();
        dto.unitCode = run.unitCode().value();
        dto.unitName = unitName;
        dto.month = run.month().toString();
        dto.status = run.status().name();
        dto.lineCount = run.lineCount();
        dto.totalAmount = run.totalAmount();
        dto.computedAt = utc(run.computedAt());
        dto.approvedAt = utc(run.approvedAt());
        dto.approvedBy = run.approvedBy();
        return dto;
    }

    private static String utc(java.time.LocalDateTime at) {
        return at == null ? null : at.toInstant(java.time.ZoneOffset.UTC).toString();
    }

    static PayrollRunDto of(PayrollRun run, String unitName, List<PayrollService.SummaryRow> summary) {
        PayrollRunDto dto = of(run, unitName);
        dto.summary = summary.stream().map(SummaryDto::of).toList();
        return dto;
    }

    /** One line of a run's summary. */
    @Schema(name = "PayrollSummaryRow")
    public static class SummaryDto {
        @Schema(required = true, example = "SOCIAL_ASSISTANCE")
        public String programme;

        @Schema(required = true, example = "DISABLED")
        public String category;

        @Schema(required = true, example = "MONTHLY")
        public String kind;

        @Schema(required = true, example = "BANK_TRANSFER")
        public String channel;

        @Schema(required = true)
        public long count;

        @Schema(required = true, description = "đồng")
        public long total;

        static SummaryDto of(PayrollService.SummaryRow row) {
            SummaryDto dto = new SummaryDto();
            dto.programme = row.programme();
            dto.category = row.category();
            dto.kind = row.kind();
            dto.channel = row.channel();
            dto.count = row.count();
            dto.total = row.total();
            return dto;
        }
    }

    /** A page of payrolls. */
    @Schema(name = "PayrollRunPage")
    public static class Page {
        @Schema(required = true, type = SchemaType.ARRAY, implementation = PayrollRunDto.class)
        public List<PayrollRunDto> items;

        @Schema(required = true, description = "Trang (từ 0)")
        public int page;

        @Schema(required = true)
        public int size;

        @Schema(required = true, description = "Tổng số bảng chi trả")
        public int total;
    }
}
