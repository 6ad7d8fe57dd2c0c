package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.api.application.IdempotentWrites;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.time.VietnamTime;

/** People: search, read, register, correct — through the registry's services, as on the pages. */
@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "persons")
public class PersonsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private AccessLog accessLog;

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    @Inject
    private CreatingWrites creating;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            operationId = "searchPersons",
            summary = "Tìm người theo tên hoặc số định danh trong đơn vị của người gọi")
    @APIResponse(
            responseCode = "200",
            description = "Một trang kết quả",
            content = @Content(schema = @Schema(implementation = PersonDto.Page.class)))
    @APIResponse(
            responseCode = "422",
            description = "Tham số trang sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonDto.Page search(
            @Parameter(description = "Họ tên (không dấu cũng được) hoặc số định danh") @QueryParam("q") String q,
            @Parameter(description = "Trang, từ 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Số dòng một trang (1–100)") @QueryParam("size") @DefaultValue("20") int size) {
        ApiParams.requirePaging(page, size);
        String text = q == null ? "" : q;
        PersonDto.Page result = new PersonDto.Page();
        result.items = reader.search(text, ApiParams.first(page, size), size).stream()
                .map(PersonDto::of)
                .toList();
        result.page = page;
        result.size = size;
        result.total = reader.count(text);
        return result;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Một người (ETag là phiên bản)")
    @APIResponse(
            responseCode = "200",
            description = "Người",
            headers = @Header(name = "ETag", description = "Phiên bản, cho If-Match"),
            content = @Content(schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có, hoặc ngoài đơn vị của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id) {
        Person person = reader.person(id);
        accessLog.read(AccessKind.PERSON_FILE, person.communeCode(), person.id(), ApiReads.target(uri));
        return Response.ok(PersonDto.of(person)).tag(etag(person)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerPerson",
            summary = "Đăng ký người cư trú tại xã (cán bộ xã); Idempotency-Key để gửi lại an toàn")
    @APIResponse(
            responseCode = "201",
            description = "Đã đăng ký",
            headers = {
                @Header(name = "Location", description = "Địa chỉ của người mới"),
                @Header(name = "ETag", description = "Phiên bản")
            },
            content = @Content(schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(
            responseCode = "409",
            description = "Có thể trùng với người đã đăng ký (gửi lại với duplicatesAcknowledged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai (từng trường trong errors), số định danh đã đăng ký, khóa trùng lặp dùng lại",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Khóa do hệ thống gọi tạo (tối đa 100 ký tự); cùng khóa → cùng trả lời")
                    @HeaderParam("Idempotency-Key")
                    String key,
            PersonInput input) {
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        return creating.create(key, "POST /persons", input, () -> register(input));
    }

    private IdempotentWrites.Answer register(PersonInput input) {
        Person person = registry.registerPerson(
                input.toDetails(VietnamTime.today(clock)), input.commune(), input.duplicatesAcknowledged);
        return new IdempotentWrites.Answer(
                201,
                uri.getBaseUriBuilder()
                        .path("persons")
                        .path(person.id().toString())
                        .build()
                        .toString(),
                JSON.toJson(PersonDto.of(person)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctPerson", summary = "Sửa thông tin của người (If-Match với ETag bắt buộc)")
    @APIResponse(
            responseCode = "200",
            description = "Đã sửa",
            headers = @Header(name = "ETag", description = "Phiên bản mới"),
            content = @Content(schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(
            responseCode = "412",
            description = "Phiên bản trong If-Match đã cũ (người khác đã sửa)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "Thiếu If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(
            @PathParam("id") long id,
            @Parameter(description = "ETag của lần đọc") @HeaderParam("If-Match") String ifMatch,
            PersonInput input) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "api.error.ifMatchRequired");
        }
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        long expected = version(ifMatch);
        Person person = registry.correctPerson(id, input.toDetails(VietnamTime.today(clock)), expected);
        return Response.ok(PersonDto.of(person)).tag(etag(person)).build();
    }

    static EntityTag etag(Person person) {
        return new EntityTag(Long.toString(person.version()));
    }

    /** The version in {@code If-Match: "3"} (or {@code W/"3"}); anything else is 412, as a stale version is. */
    static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(412, "error.staleData");
        }
    }
}
