package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.api.application.ApplicationSubmissions;
import vn.ansinh.api.application.IdempotentWrites;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Applications (hồ sơ đề nghị): open, read, attach a scanned document, submit for review — through the intake and
 * case services the application page uses, with their jurisdiction, roles, file checks and audit.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications")
public class ApplicationsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private IntakeService intake;

    @Inject
    private CaseService cases;

    @Inject
    private ApplicationSubmissions submissions;

    @Inject
    private CreatingWrites creating;

    @Inject
    private AccessLog accessLog;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openApplication",
            summary = "Lập hồ sơ đề nghị cho người của xã theo diện (cán bộ xã); Idempotency-Key để gửi lại an toàn")
    @APIResponse(
            responseCode = "201",
            description = "Đã lập hồ sơ (DRAFT)",
            headers = {
                @Header(name = "Location", description = "Địa chỉ của hồ sơ mới"),
                @Header(name = "ETag", description = "Phiên bản")
            },
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có người này, hoặc người ở ngoài đơn vị của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai (từng trường trong errors), trường của diện sai, người đã mất, khóa dùng lại",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(
            @Parameter(description = "Khóa do hệ thống gọi tạo (tối đa 100 ký tự); cùng khóa → cùng trả lời")
                    @HeaderParam("Idempotency-Key")
                    String key,
            ApplicationInput input) {
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        ApplicationInput.Parts parts = input.toParts(VietnamTime.today(clock));
        return OwnUnit.write(() -> creating.create(key, "POST /applications", input, () -> open(parts)));
    }

    private IdempotentWrites.Answer open(ApplicationInput.Parts parts) {
        Application application = intake.open(parts.personId(), parts.category(), parts.values(), parts.receivedOn());
        return new IdempotentWrites.Answer(
                201,
                uri.getBaseUriBuilder()
                        .path("applications")
                        .path(application.id().toString())
                        .build()
                        .toString(),
                JSON.toJson(ApplicationDto.of(application, java.util.List.of(), null)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication", summary = "Một hồ sơ đề nghị với các giấy tờ (ETag là phiên bản)")
    @APIResponse(
            responseCode = "200",
            description = "Hồ sơ",
            headers = @Header(name = "ETag", description = "Phiên bản, cho If-Match khi nộp"),
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    public Response get(@PathParam("id") long id) {
        Application application = intake.application(id);
        accessLog.read(AccessKind.PERSON_FILE, application.communeCode(), application.personId(), ApiReads.target(uri));
        return Response.ok(dto(application)).tag(etag(application)).build();
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "attachDocument",
            summary = "Đính kèm bản quét (PDF, JPEG, PNG; giới hạn dung lượng như trên trang) vào hồ sơ đang lập")
    @RequestBody(
            required = true,
            description = "Nội dung tệp; Content-Type là loại tệp",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "201",
            description = "Đã đính kèm",
            content = @Content(schema = @Schema(implementation = ApplicationDto.DocumentDto.class)))
    @APIResponse(
            responseCode = "415",
            description = "Content-Type không phải application/pdf, image/jpeg hoặc image/png",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Tệp không phải bản quét PDF/JPEG/PNG, quá lớn, loại giấy tờ sai, hồ sơ đã nộp",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(
            @PathParam("id") long id,
            @Parameter(description = "Loại giấy tờ", required = true, example = "APPLICATION_FORM") @QueryParam("kind")
                    String kind,
            @Parameter(description = "Tên tệp", example = "don-de-nghi.pdf") @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String contentType,
            InputStream content) {
        if (UploadType.of(contentType).isEmpty()) {
            throw new ApiException(415, "document.error.type");
        }
        DocumentKind documentKind = documentKind(kind);
        ApplicationDocument document =
                OwnUnit.write(() -> intake.attach(intake.application(id), documentKind, fileName, content));
        return Response.status(201)
                .entity(ApplicationDto.DocumentDto.of(document))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(
            operationId = "submitApplication",
            summary = "Nộp hồ sơ để xét duyệt (If-Match với ETag bắt buộc); hồ sơ thành hồ sơ hưởng chờ quyết định")
    @APIResponse(
            responseCode = "200",
            description = "Đã nộp (READY), kèm hồ sơ hưởng",
            headers = @Header(name = "ETag", description = "Phiên bản mới"),
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    @APIResponse(
            responseCode = "412",
            description = "Phiên bản trong If-Match đã cũ (hồ sơ đã được sửa hoặc nộp)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Chưa có giấy tờ, đã nộp, hoặc người không đủ điều kiện của diện",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "Thiếu If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @PathParam("id") long id,
            @Parameter(description = "ETag của lần đọc") @HeaderParam("If-Match") String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "api.error.ifMatchRequired");
        }
        long expected = PersonsResource.version(ifMatch);
        ApplicationSubmissions.Submitted submitted = OwnUnit.write(() -> submissions.submit(id, expected));
        Application application = submitted.application();
        ApplicationDto dto = ApplicationDto.of(application, intake.documentsOf(application), submitted.benefitCase());
        return Response.ok(dto).tag(etag(application)).build();
    }

    private ApplicationDto dto(Application application) {
        return ApplicationDto.of(application, intake.documentsOf(application), cases.caseOf(application));
    }

    private static DocumentKind documentKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ApiException.invalidFields(
                    java.util.Map.of("kind", new vn.ansinh.shared.kernel.InvalidValueException("api.error.required")));
        }
        try {
            return DocumentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidFields(java.util.Map.of(
                    "kind", new vn.ansinh.shared.kernel.InvalidValueException("api.error.unknownValue", kind)));
        }
    }

    static EntityTag etag(Application application) {
        return new EntityTag(Long.toString(application.version()));
    }
}
