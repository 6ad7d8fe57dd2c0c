package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;

/** The household a person belongs to: a read, within the caller's unit. */
@Path("/persons/{id}/household")
@Tag(name = "households")
public class PersonHouseholdResource {

    @Context
    private UriInfo uri;

    @Inject
    private AccessLog accessLog;

    @Inject
    private RegistryReader reader;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "householdOfPerson", summary = "Hộ gia đình của người, với các thành viên")
    @APIResponse(
            responseCode = "200",
            description = "Hộ",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "Không có người này (hoặc ngoài đơn vị của người gọi), hoặc người chưa thuộc hộ nào",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response householdOf(@PathParam("id") long personId) {
        Person person = reader.person(personId);
        accessLog.read(AccessKind.PERSON_FILE, person.communeCode(), person.id(), ApiReads.target(uri));
        HouseholdMember membership =
                reader.membershipOf(person).orElseThrow(() -> new ApiException(404, "api.error.noHousehold"));
        Household household = reader.household(membership.householdId());
        return Response.ok(HouseholdDto.of(household, reader.membersOf(household)))
                .tag(HouseholdsResource.etag(household))
                .build();
    }
}
