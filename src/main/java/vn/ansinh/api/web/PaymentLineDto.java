package vn.ansinh.api.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.payment.application.PaymentHistory;

/** One payment line of a person's history. */
@Schema(name = "PaymentLine")
public class PaymentLineDto {

    @Schema(required = true)
    public long lineId;

    @Schema(required = true, description = "Tháng được hưởng (YYYY-MM)", example = "2026-10")
    public String forMonth;

    @Schema(required = true, description = "Tháng chi trả của bảng lương (YYYY-MM)", example = "2026-11")
    public String payMonth;

    @Schema(required = true, description = "Loại dòng: tháng, truy lĩnh, chênh lệch…", example = "MONTHLY")
    public String kind;

    @Schema(nullable = true)
    public String category;

    @Schema(nullable = true, description = "Mức chuẩn (đồng)", example = "500000")
    public Long standardLevel;

    @Schema(nullable = true, description = "Hệ số", example = "1.5")
    public String coefficient;

    @Schema(required = true, description = "Số tiền (đồng)", example = "750000")
    public long amount;

    @Schema(nullable = true, description = "Số quyết định")
    public String decisionNumber;

    @Schema(nullable = true, description = "Kênh chi trả", example = "BANK")
    public String channel;

    @Schema(required = true, description = "Trạng thái chi trả", example = "PAID")
    public String paymentStatus;

    @Schema(nullable = true, format = "date")
    public String paidOn;

    @Schema(required = true, description = "Trạng thái bảng lương", example = "APPROVED")
    public String payrollStatus;

    static PaymentLineDto of(PaymentHistory.Line line) {
        PaymentLineDto dto = new PaymentLineDto();
        dto.lineId = line.lineId();
        dto.forMonth = CaseDto.text(line.forMonth());
        dto.payMonth = CaseDto.text(line.payMonth());
        dto.kind = line.kind();
        dto.category = line.category();
        dto.standardLevel = line.standardLevel();
        dto.coefficient = line.coefficient() == null ? null : line.coefficient().toPlainString();
        dto.amount = line.amount();
        dto.decisionNumber = line.decisionNumber();
        dto.channel = line.channel();
        dto.paymentStatus = line.paymentStatus();
        dto.paidOn = CaseDto.text(line.paidOn());
        dto.payrollStatus = line.runStatus();
        return dto;
    }
}
