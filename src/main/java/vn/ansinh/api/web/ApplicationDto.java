package vn.ansinh.api.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;

/** An application (hồ sơ đề nghị) with its documents, as the REST API shows it. */
@Schema(name = "Application")
public class ApplicationDto {

    @Schema(required = true, example = "321")
    public long id;

    @Schema(required = true, description = "Phiên bản (ETag); gửi lại trong If-Match khi nộp", example = "0")
    public long version;

    @Schema(required = true, example = "1234")
    public long personId;

    @Schema(required = true, description = "Chương trình", example = "SOCIAL_ASSISTANCE")
    public String programme;

    @Schema(required = true, description = "Diện đối tượng", example = "ELDERLY_80_NO_PENSION")
    public String category;

    @Schema(
            required = true,
            description = "Trạng thái: DRAFT (đang lập), READY (đã nộp xét duyệt)",
            enumeration = {"DRAFT", "READY"})
    public String status;

    @Schema(
            required = true,
            description = "Các trường riêng của diện (tên trường → giá trị)",
            type = SchemaType.OBJECT,
            additionalProperties = String.class)
    public Map<String, String> fields;

    @Schema(required = true, description = "Ngày tiếp nhận (ISO 8601)", format = "date")
    public String receivedOn;

    @Schema(required = true, example = "03253")
    public String communeCode;

    @Schema(nullable = true, description = "Hồ sơ hưởng tạo ra khi nộp (xem /persons/{id}/cases)")
    public Long caseId;

    @Schema(nullable = true, description = "Trạng thái của hồ sơ hưởng", example = "SUBMITTED")
    public String caseStatus;

    @Schema(required = true, type = SchemaType.ARRAY, implementation = DocumentDto.class)
    public List<DocumentDto> documents;

    static ApplicationDto of(Application a, List<ApplicationDocument> documents, BenefitCase benefitCase) {
        ApplicationDto dto = new ApplicationDto();
        dto.id = a.id();
        dto.version = a.version();
        dto.personId = a.personId();
        dto.programme = a.programme().name();
        dto.category = a.category().name();
        dto.status = a.status().name();
        dto.fields = new java.util.LinkedHashMap<>();
        a.values().forEach((field, value) -> dto.fields.put(field.name(), value));
        dto.receivedOn = a.receivedOn().toString();
        dto.communeCode = a.communeCode().value();
        dto.caseId = benefitCase == null ? null : benefitCase.id();
        dto.caseStatus = benefitCase == null ? null : benefitCase.status().name();
        dto.documents = documents.stream().map(DocumentDto::of).toList();
        return dto;
    }

    /** A scanned document of the application. */
    @Schema(name = "ApplicationDocument")
    public static class DocumentDto {
        @Schema(required = true)
        public long id;

        @Schema(required = true, description = "Loại giấy tờ", example = "APPLICATION_FORM")
        public String kind;

        @Schema(required = true, description = "Tên tệp (đã làm sạch)", example = "don-de-nghi.pdf")
        public String fileName;

        @Schema(
                required = true,
                enumeration = {"application/pdf", "image/jpeg", "image/png"})
        public String mediaType;

        @Schema(required = true, description = "Kích thước (byte)")
        public long size;

        @Schema(required = true, description = "SHA-256 của nội dung")
        public String sha256;

        @Schema(required = true, description = "Thời điểm tải lên (UTC, ISO 8601)", format = "date-time")
        public String uploadedAt;

        static DocumentDto of(ApplicationDocument d) {
            DocumentDto dto = new DocumentDto();
            dto.id = d.id();
            dto.kind = d.kind().name();
            dto.fileName = d.fileName();
            dto.mediaType = d.mediaType();
            dto.size = d.sizeBytes();
            dto.sha256 = d.sha256();
            dto.uploadedAt = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    d.uploadedAt().atOffset(java.time.ZoneOffset.UTC));
            return dto;
        }
    }
}
