package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;

/** A benefit case with its decisions, as the REST API shows it. */
@Schema(name = "Case")
public class CaseDto {

    @Schema(required = true)
    public long id;

    @Schema(required = true, description = "Chương trình", example = "SOCIAL_ASSISTANCE")
    public String programme;

    @Schema(required = true, description = "Diện đối tượng", example = "ELDERLY_80")
    public String category;

    @Schema(required = true, description = "Trạng thái hồ sơ", example = "ACTIVE")
    public String status;

    @Schema(required = true, example = "03253")
    public String communeCode;

    @Schema(nullable = true, format = "date")
    public String submittedOn;

    @Schema(nullable = true, format = "date")
    public String decidedOn;

    @Schema(nullable = true, description = "Tháng hưởng đầu tiên (YYYY-MM)", example = "2025-07")
    public String firstMonth;

    @Schema(nullable = true, description = "Tháng hưởng cuối cùng (YYYY-MM)")
    public String lastMonth;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = DecisionDto.class)
    public List<DecisionDto> decisions;

    static CaseDto of(BenefitCase c, List<Decision> decisions) {
        CaseDto dto = new CaseDto();
        dto.id = c.id();
        dto.programme = c.programme().name();
        dto.category = c.category().name();
        dto.status = c.status().name();
        dto.communeCode = c.communeCode().value();
        dto.submittedOn = text(c.submittedOn());
        dto.decidedOn = text(c.decidedOn());
        dto.firstMonth = text(c.firstMonth());
        dto.lastMonth = text(c.lastMonth());
        dto.decisions = decisions.stream().map(DecisionDto::of).toList();
        return dto;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A decision signed on the case. */
    @Schema(name = "Decision")
    public static class DecisionDto {
        @Schema(required = true)
        public long id;

        @Schema(required = true, example = "DECISION_GRANT")
        public String kind;

        @Schema(required = true, description = "Số, ký hiệu", example = "12/QĐ-UBND")
        public String number;

        @Schema(required = true, format = "date")
        public String signedOn;

        @Schema(required = true, description = "Người ký")
        public String signerName;

        @Schema(required = true, description = "Đơn vị ban hành", example = "03253")
        public String issuingUnitCode;

        @Schema(nullable = true, description = "Trợ cấp hằng tháng (đồng)", example = "500000")
        public Long monthlyAmount;

        @Schema(nullable = true, description = "Trợ cấp một lần (đồng)")
        public Long oneTimeAmount;

        @Schema(nullable = true, description = "Tháng có hiệu lực (YYYY-MM)")
        public String effectiveMonth;

        @Schema(required = true, description = "Địa chỉ tệp PDF của quyết định")
        public String pdf;

        static DecisionDto of(Decision d) {
            DecisionDto dto = new DecisionDto();
            dto.id = d.id();
            dto.kind = d.kind().name();
            dto.number = d.number();
            dto.signedOn = text(d.signedOn());
            dto.signerName = d.signerName();
            dto.issuingUnitCode = d.issuingUnitCode().value();
            dto.monthlyAmount = d.monthlyAmount();
            dto.oneTimeAmount = d.oneTimeAmount();
            dto.effectiveMonth = text(d.effectiveMonth());
            dto.pdf = ApiApplication.BASE + "/decisions/" + d.id() + "/pdf";
            return dto;
        }
    }
}
