package vn.ansinh.api.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers every operation of the REST API can give, added to each operation of the OpenAPI document in one place
 * ({@code mp.openapi.filter}): 401 (no valid bearer token), 403 (the caller's role may not), 404 on a path with an
 * id (none, or outside the caller's unit), 500; each an {@code application/problem+json} {@link Problem}.
 */
public class ApiDocument implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "Thiếu hoặc sai bearer token",
            "403", "Vai trò của người gọi không được làm việc này",
            "500", "Lỗi hệ thống; yêu cầu chưa được thực hiện");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        COMMON.forEach((status, text) -> addIfMissing(responses, status, text));
        dropWildcardBody(operation);
        return operation;
    }

    /**
     * A body the resource reads whatever its type, to refuse a wrong type itself with its message (a scanned document),
     * is documented by the types it accepts (its {@code @RequestBody}), not also as {@code *}{@code /*}.
     */
    private static void dropWildcardBody(Operation operation) {
        var body = operation.getRequestBody();
        var content = body == null ? null : body.getContent();
        if (content != null
                && content.hasMediaType("*/*")
                && content.getMediaTypes().size() > 1) {
            content.removeMediaType("*/*");
        }
    }

    /**
     * Payara 6.2025.10 writes the defaults of {@code @Schema} into every annotated schema, among them
     * {@code maxProperties: 0}, which would forbid every property of an object: removed (with the other zero limits
     * that say nothing).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.contains("{")) {
                item.getOperations()
                        .values()
                        .forEach(op ->
                                addIfMissing(op.getResponses(), "404", "Không có, hoặc ngoài đơn vị của người gọi"));
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses == null || responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(status, response);
    }
}
