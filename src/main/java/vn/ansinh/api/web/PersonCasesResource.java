package vn.ansinh.api.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;

/** A person's cases with their decisions, newest first: a read, within the caller's unit. */
@Path("/persons/{id}/cases")
@Tag(name = "cases")
public class PersonCasesResource {

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.UriInfo uri;

    @Inject
    private AccessLog accessLog;

    @Inject
    private RegistryReader reader;

    @Inject
    private CaseService cases;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCases", summary = "Các hồ sơ hưởng của người, mới nhất trước, kèm quyết định")
    @APIResponse(
            responseCode = "200",
            description = "Hồ sơ",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = CaseDto.class)))
    public List<CaseDto> casesOf(@PathParam("id") long personId) {
        Person person = reader.person(personId);
        accessLog.read(AccessKind.PERSON_FILE, person.communeCode(), person.id(), ApiReads.target(uri));
        return cases.casesOf(person).stream()
                .map(c -> CaseDto.of(c, cases.decisions(c)))
                .toList();
    }
}
