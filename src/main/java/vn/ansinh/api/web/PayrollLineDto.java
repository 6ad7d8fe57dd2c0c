package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.payment.application.PayrollLines;

/** One line of a payroll: who is paid, where, what for, how much and how. */
@Schema(name = "PayrollLine")
public class PayrollLineDto {

    @Schema(required = true)
    public long lineId;

    @Schema(required = true)
    public long personId;

    @Schema(required = true, example = "Lò Văn Thành")
    public String fullName;

    @Schema(nullable = true, example = "011150000777")
    public String personalId;

    @Schema(nullable = true, description = "Người nhận thay (người phục vụ), nếu có")
    public String payeeName;

    @Schema(required = true, example = "03253")
    public String communeCode;

    @Schema(required = true, example = "DISABLED")
    public String category;

    @Schema(required = true, description = "Khoản (trợ cấp, phụ cấp theo phụ lục…)", example = "ALLOWANCE")
    public String component;

    @Schema(required = true, description = "Loại dòng: tháng, truy lĩnh…", example = "MONTHLY")
    public String kind;

    @Schema(required = true, description = "Tháng được hưởng (YYYY-MM)", example = "2026-10")
    public String forMonth;

    @Schema(required = true, description = "0: khoản của tháng; 1, 2…: các lần truy lĩnh chênh lệch")
    public int correction;

    @Schema(required = true, description = "Số tiền (đồng)", example = "750000")
    public long amount;

    @Schema(required = true, example = "BANK_TRANSFER")
    public String channel;

    @Schema(required = true, example = "PENDING")
    public String paymentStatus;

    static PayrollLineDto of(PayrollLines.Line line) {
        PayrollLineDto dto = new PayrollLineDto();
        dto.lineId = line.lineId();
        dto.personId = line.personId();
        dto.fullName = line.personName();
        dto.personalId = line.personalId();
        dto.payeeName = line.payeeName();
        dto.communeCode = line.communeCode();
        dto.category = line.category().name();
        dto.component = line.component();
        dto.kind = line.kind().name();
        dto.forMonth = line.forMonth().toString();
        dto.correction = line.correction();
        dto.amount = line.amount();
        dto.channel = line.channel().name();
        dto.paymentStatus = line.status().name();
        return dto;
    }

    /** A page of a payroll's lines. */
    @Schema(name = "PayrollLinePage")
    public static class Page {
        @Schema(required = true, type = SchemaType.ARRAY, implementation = PayrollLineDto.class)
        public List<PayrollLineDto> items;

        @Schema(required = true, description = "Trang (từ 0)")
        public int page;

        @Schema(required = true)
        public int size;

        @Schema(required = true, description = "Số dòng của bảng chi trả")
        public long total;

        @Schema(required = true, description = "Tổng số tiền của bảng chi trả (đồng)")
        public long totalAmount;
    }
}
