package vn.ansinh.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer, {@code application/problem+json} (RFC 9457) with the app's message key. */
@Schema(name = "Problem", description = "Lỗi (RFC 9457) kèm khóa thông điệp của ứng dụng")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(required = true, example = "about:blank")
    public String type = "about:blank";

    @Schema(required = true, example = "Unprocessable Content")
    public String title;

    @Schema(required = true, example = "422")
    public int status;

    @Schema(
            required = true,
            description = "Khóa thông điệp (i18n/messages)",
            example = "person.error.fullName.required")
    public String messageKey;

    @Schema(required = true, description = "Thông điệp theo ngôn ngữ yêu cầu (tiếng Việt mặc định)")
    public String detail;

    @Schema(description = "Lỗi theo từng trường", type = SchemaType.ARRAY, implementation = FieldProblem.class)
    public List<FieldProblem> errors;

    public Problem() {}

    Problem(int status, String title, String messageKey, String detail, List<FieldProblem> errors) {
        this.status = status;
        this.title = title;
        this.messageKey = messageKey;
        this.detail = detail;
        this.errors = errors;
    }

    /** One field's problem. */
    @Schema(name = "FieldProblem")
    public static class FieldProblem {
        @Schema(required = true, example = "birthDate")
        public String field;

        @Schema(required = true)
        public String messageKey;

        @Schema(required = true)
        public String detail;

        public FieldProblem() {}

        FieldProblem(String field, String messageKey, String detail) {
            this.field = field;
            this.messageKey = messageKey;
            this.detail = detail;
        }
    }
}
