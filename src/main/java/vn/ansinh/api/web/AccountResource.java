package vn.ansinh.api.web;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ansinh.account.application.AccountOverview;
import vn.ansinh.account.application.AccountService;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;

/**
 * A person's social-security account, as the account page reads and changes it ({@link AccountService}): the read
 * within the caller's unit, a step recorded by the commune officer through the command engine (role, jurisdiction
 * and audit), with {@code If-Match} on the account's version. The page does not note the read in the access log.
 */
@Path("/persons/{id}/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Inject
    private RegistryReader reader;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            operationId = "getAccount",
            summary = "Tài khoản an sinh xã hội của người: tình trạng, ngân hàng, ngày các bước, lịch sử (ETag)")
    @APIResponse(
            responseCode = "200",
            description = "Tài khoản (tình trạng NONE khi chưa có)",
            headers = @Header(name = "ETag", description = "Phiên bản, cho If-Match"),
            content = @Content(schema = @Schema(implementation = AccountDto.class)))
    public Response account(@PathParam("id") long personId) {
        return answer(200, accounts.overview(personId));
    }

    @POST
    @Path("/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordAccountStep",
            summary = "Ghi nhận một bước của tài khoản (cán bộ xã; If-Match với ETag bắt buộc)")
    @APIResponse(
            responseCode = "201",
            description = "Đã ghi nhận; tài khoản sau bước đó",
            headers = {
                @Header(name = "Location", description = "Địa chỉ của tài khoản"),
                @Header(name = "ETag", description = "Phiên bản mới")
            },
            content = @Content(schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(
            responseCode = "412",
            description = "Phiên bản trong If-Match đã cũ (đã có bước khác được ghi)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Dữ liệu sai (từng trường trong errors), bước không được phép ở tình trạng này, ngày sai",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "Thiếu If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(
            @PathParam("id") long personId,
            @Parameter(description = "ETag của lần đọc tài khoản") @HeaderParam("If-Match") String ifMatch,
            AccountStepInput input) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "api.error.ifMatchRequired");
        }
        if (input == null) {
            throw new ApiException(422, "api.error.body");
        }
        AccountStepInput.Parsed step = input.parse(accounts.today());
        Person person = reader.person(personId);
        accounts.record(
                person,
                step.step(),
                step.on(),
                step.bank(),
                step.number(),
                step.note(),
                PersonsResource.version(ifMatch));
        return answer(201, accounts.overview(person.id()));
    }

    private Response answer(int status, AccountOverview overview) {
        Response.ResponseBuilder response = Response.status(status)
                .entity(AccountDto.of(overview))
                .tag(new EntityTag(Long.toString(overview.account().version())));
        if (status == 201) {
            response.location(uri.getBaseUriBuilder()
                    .path("persons")
                    .path(overview.person().id().toString())
                    .path("account")
                    .build());
        }
        return response.build();
    }
}
