package vn.ansinh.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, {@code /api/v1}: the same services and commands as the pages, with the same jurisdiction and audit,
 * for the systems around AnSinh. Bearer tokens from Keycloak only ({@code ApiBearerAuthentication}); Payara serves the
 * OpenAPI document at {@code /openapi}.
 */
@ApplicationPath(ApiApplication.BASE)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "AnSinh REST API",
                        version = "1",
                        description =
                                "Hồ sơ đối tượng an sinh xã hội: người, hồ sơ, quyết định, chi trả, bảng chi trả, tài khoản,"
                                        + " báo cáo. JSON UTF-8, tháng YYYY-MM,"
                                        + " ngày theo ISO 8601, số tiền là số nguyên đồng; lỗi theo application/problem+json"
                                        + " với messageKey."),
        security = @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME),
        tags = {
            @Tag(name = "persons", description = "Người (đăng ký, tra cứu, sửa thông tin)"),
            @Tag(name = "cases", description = "Hồ sơ hưởng và quyết định"),
            @Tag(name = "payments", description = "Lịch sử chi trả"),
            @Tag(name = "households", description = "Hộ gia đình và thành viên"),
            @Tag(name = "applications", description = "Hồ sơ đề nghị, giấy tờ đính kèm, nộp xét duyệt"),
            @Tag(name = "payroll", description = "Bảng chi trả và các dòng chi trả"),
            @Tag(name = "accounts", description = "Tài khoản an sinh xã hội"),
            @Tag(name = "reports", description = "Báo cáo (biến động đối tượng, kinh phí chi trả, hộ nghèo)")
        })
@SecurityScheme(
        securitySchemeName = ApiApplication.SECURITY_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token của Keycloak (realm ansinh) có audience ansinh-api: client credentials của client"
                + " ansinh-api (tài khoản dịch vụ có vai trò và đơn vị) hoặc token của chính người dùng.")
public class ApiApplication extends Application {

    static final String BASE = "/api/v1";
    static final String SECURITY_SCHEME = "keycloak";

    @Override
    public Map<String, Object> getProperties() {
        // an error status always carries its problem+json entity; never the container's error page
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
