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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
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
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.InvalidValueException;

/** Households: read with the members, found, admit a member — through the registry's services, as on the pages. */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "households")
public class HouseholdsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    @Inject
    private CreatingWrites creating;

    @Inject
    private AccessLog accessLog;

    @Context
    private UriInfo uri;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHousehold", summary = "Một hộ gia đình với các thành viên")
    @APIResponse(
            responseCode = "200",
            description = "Hộ",
            headers = @Header(name = "ETag", description = "Phiên bản"),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public Response get(@PathParam("id") long id) {
        Household household = reader.household(id);
        accessLog.read(AccessKind.PERSON_FILE, household.communeCode(), household.headPersonId(), ApiReads.target(uri));
        return Response.ok(dto(household)).tag(etag(household)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "foundHousehold",
            summary = "Lập hộ gia đình do một người của xã làm chủ hộ (cán bộ xã); Idempotency-Key để gửi lại an toàn")
    @APIResponse(
            responseCode = "201",
            description = "Đã lập hộ; chủ hộ là thành viên đầu tiên",
            headers = {
                @Header(name = "Location", description = "Địa chỉ của hộ mới"),
                @Header(name = "ETag", description = "Phiên bản")
            },
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có chủ hộ này, hoặc ở ngoài đơn vị của người gọi",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai, chủ hộ đã thuộc một hộ, khóa trùng lặp dùng lại",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response found(
            @Parameter(description = "Khóa do hệ thống gọi tạo (tối đa 100 ký tự); cùng khóa → cùng trả lời")
                    @HeaderParam("Idempotency-Key")
                    String key,
            HouseholdDto.Input input) {
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        if (input.headPersonId == null) {
            throw ApiException.invalidFields(Map.of("headPersonId", new InvalidValueException("api.error.required")));
        }
        return OwnUnit.write(() -> creating.create(key, "POST /households", input, () -> found(input)));
    }

    private IdempotentWrites.Answer found(HouseholdDto.Input input) {
        Household household = registry.foundHousehold(input.headPersonId, input.address);
        return new IdempotentWrites.Answer(
                201,
                uri.getBaseUriBuilder()
                        .path("households")
                        .path(household.id().toString())
                        .build()
                        .toString(),
                JSON.toJson(dto(household)));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitMember", summary = "Thêm một người của xã vào hộ (cán bộ xã)")
    @APIResponse(
            responseCode = "201",
            description = "Đã thêm; trả lại hộ với các thành viên",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai, người không ở xã, đã thuộc một hộ, chủ hộ thứ hai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response admit(@PathParam("id") long id, HouseholdDto.MemberInput input) {
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        Relationship relationship = relationship(input);
        OwnUnit.write(() -> registry.admitMember(id, input.personId, relationship));
        Household household = reader.household(id);
        return Response.status(201)
                .entity(dto(household))
                .type(MediaType.APPLICATION_JSON)
                .tag(etag(household))
                .build();
    }

    private static Relationship relationship(HouseholdDto.MemberInput input) {
        Map<String, InvalidValueException> problems = new java.util.LinkedHashMap<>();
        if (input.personId == null) {
            problems.put("personId", new InvalidValueException("api.error.required"));
        }
        Relationship relationship = null;
        if (input.relationship == null || input.relationship.isBlank()) {
            problems.put("relationship", new InvalidValueException("api.error.required"));
        } else {
            try {
                relationship = Relationship.valueOf(input.relationship.strip());
            } catch (IllegalArgumentException e) {
                problems.put("relationship", new InvalidValueException("api.error.unknownValue", input.relationship));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        return relationship;
    }

    private HouseholdDto dto(Household household) {
        return HouseholdDto.of(household, reader.membersOf(household));
    }

    static EntityTag etag(Household household) {
        return new EntityTag(Long.toString(household.version()));
    }
}
