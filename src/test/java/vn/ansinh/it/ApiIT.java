package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.DemoUser;

/**
 * The REST API through a real HTTP client with real tokens from the realm's Keycloak ({@code ansinh-api}: the
 * system client's service account of Tuần Giáo, and the demo users' own tokens), against the running app. Every
 * JSON answer is validated against the OpenAPI document Payara serves at {@code /openapi}.
 */
class ApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "ansinh-api-dev-secret";

    private static String appUrl;
    private static String issuer;
    private static JsonNode openApi;
    private static RichPersonFixture.Subjects subjects;

    @BeforeAll
    static void start() throws Exception {
        appUrl = TestStack.app().appUrl();
        issuer = TestStack.app().layout().issuer();
        subjects = RichPersonFixture.onTheApp();
        HttpResponse<String> document = HTTP.send(
                HttpRequest.newBuilder(URI.create(appUrl + "/openapi"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        openApi = JSON.readTree(document.body());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document.body());
    }

    @Test
    void theOpenApiDocumentIsPublicAndNamesEveryOperationItsErrorsAndTheBearerScheme() {
        assertThat(openApi.at("/components/securitySchemes/keycloak/scheme").asText())
                .isEqualTo("bearer");
        assertThat(openApi.at("/security/0").has("keycloak")).isTrue();
        List<String> operations = new ArrayList<>();
        openApi.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    operations.add(op.getValue().path("operationId").asText());
                    assertThat(op.getValue().path("responses").has("401"))
                            .as("%s %s documents 401", op.getKey(), path.getKey())
                            .isTrue();
                }));
        assertThat(operations)
                .containsExactlyInAnyOrder(
                        "searchPersons",
                        "getPerson",
                        "registerPerson",
                        "correctPerson",
                        "listCases",
                        "decisionPdf",
                        "paymentHistory",
                        "getHousehold",
                        "foundHousehold",
                        "admitMember",
                        "householdOfPerson",
                        "openApplication",
                        "getApplication",
                        "attachDocument",
                        "submitApplication",
                        "listPayrollRuns",
                        "getPayrollRun",
                        "listPayrollLines",
                        "getAccount",
                        "recordAccountStep",
                        "movementReport",
                        "paidReport",
                        "povertyReport",
                        "project06Report");
        assertThat(openApi.at("/components/schemas/Problem/properties").has("messageKey"))
                .isTrue();
    }

    @Test
    void withoutAValidTokenTheAnswerIs401InJsonNeverTheLoginPageNorTheSession() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/persons", null, Map.of());
        assertProblem(none, 401, "api.error.tokenMissing");
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Location")).isEmpty();

        // a logged-in user's session cookie is not a credential of the API
        String cookie = HttpLogin.cookieHeaderOf(HTTP, appUrl, DemoUser.OFFICER_TUAN_GIAO);
        assertProblem(call("GET", "/api/v1/persons", null, Map.of("Cookie", cookie)), 401, "api.error.tokenMissing");

        String token = systemToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                                .replace("\"03253\"", "\"17035\"")
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertProblem(call("GET", "/api/v1/persons", forged, Map.of()), 401, "api.error.tokenInvalid");
        assertProblem(call("GET", "/api/v1/persons", "not-a-token", Map.of()), 401, "api.error.tokenInvalid");

        HttpResponse<String> ok = call("GET", "/api/v1/persons?size=5", token, Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().allValues("Set-Cookie"))
                .as("no session for a token")
                .isEmpty();
    }

    @Test
    void theSystemClientRegistersOnceReadsAndCorrectsWithVersionsAndAuditRows() throws Exception {
        String token = systemToken();
        String personalId =
                "011150" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String body = """
                {"fullName":"Lò Thị Mai","birthDate":"1950-07-01","sex":"FEMALE","ethnicity":"02",
                 "personalId":"%s","communeCode":"03253","address":"Bản Co Cượm"}""".formatted(personalId);
        String key = "intake-" + personalId;

        HttpResponse<String> created = call("POST", "/api/v1/persons", token, Map.of("Idempotency-Key", key), body);
        assertValid(created, "/persons", "post", 201);
        JsonNode person = JSON.readTree(created.body());
        assertThat(person.path("fullName").asText()).isEqualTo("Lò Thị Mai");
        assertThat(person.path("birthDate").asText()).isEqualTo("1950-07-01");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/persons/" + person.path("id").asLong());

        HttpResponse<String> again = call("POST", "/api/v1/persons", token, Map.of("Idempotency-Key", key), body);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("id").asLong())
                .isEqualTo(person.path("id").asLong());
        HttpResponse<String> found = call("GET", "/api/v1/persons?q=" + personalId, token, Map.of());
        assertValid(found, "/persons", "get", 200);
        assertThat(JSON.readTree(found.body()).path("total").asInt()).isEqualTo(1);
        assertProblem(
                call(
                        "POST",
                        "/api/v1/persons",
                        token,
                        Map.of("Idempotency-Key", key),
                        body.replace("Lò Thị Mai", "Lò Thị Mại")),
                422,
                "api.error.idempotencyKeyReused");

        String path = "/api/v1/persons/" + person.path("id").asLong();
        HttpResponse<String> read = call("GET", path, token, Map.of());
        assertValid(read, "/persons/{id}", "get", 200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String corrected = body.replace("Bản Co Cượm", "Bản Hới");
        assertProblem(call("PUT", path, token, Map.of(), corrected), 428, "api.error.ifMatchRequired");
        assertProblem(call("PUT", path, token, Map.of("If-Match", "\"999\""), corrected), 412, "error.staleData");
        HttpResponse<String> changed = call("PUT", path, token, Map.of("If-Match", etag), corrected);
        assertValid(changed, "/persons/{id}", "put", 200);
        assertThat(JSON.readTree(changed.body()).path("address").asText()).isEqualTo("Bản Hới");
        assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        assertProblem(call("PUT", path, token, Map.of("If-Match", etag), corrected), 412, "error.staleData");

        TestDatabase db = new TestDatabase(TestStack.app().database());
        assertThat(db.countOf("select count(*) from person where personal_id = ?", personalId))
                .isEqualTo(1);
        assertThat(db.countOf(
                        "select count(*) from audit_record where actor = ? and action in ('person.register',"
                                + " 'person.correct') and outcome = 'SUCCEEDED' and target_id = ?",
                        "service-account-ansinh-api",
                        String.valueOf(person.path("id").asLong())))
                .isEqualTo(2);
    }

    @Test
    void badFieldsAreEachNamedInTheCallersLanguage() throws Exception {
        String body = """
                {"fullName":"","birthDate":"01/07/1950","sex":"F","personalId":"123","communeCode":"03253"}""";
        HttpResponse<String> vi = call("POST", "/api/v1/persons", systemToken(), Map.of(), body);
        JsonNode problem = assertProblem(vi, 422, "api.error.invalidFields");
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("fullName", "birthDate", "sex", "personalId");
        assertThat(problem.path("errors").get(0).path("detail").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains("trường không hợp lệ");

        HttpResponse<String> en = call("POST", "/api/v1/persons", systemToken(), Map.of("Accept-Language", "en"), body);
        assertThat(assertProblem(en, 422, "api.error.invalidFields")
                        .path("detail")
                        .asText())
                .contains("fields of the request are invalid");
    }

    @Test
    void eachCallerSeesOnlyItsUnitAndTheAuditorWritesNothing() throws Exception {
        long tuanGiaoRich = subjects.tuanGiao().get(0).ids().get("person");
        long quyHopRich = subjects.quyHop().get(0).ids().get("person");
        String system = systemToken();
        String auditor = userToken(DemoUser.AUDITOR_DIEN_BIEN);
        String officerQuyHop = userToken(DemoUser.OFFICER_QUY_HOP);

        assertProblem(call("GET", "/api/v1/persons/" + quyHopRich, system, Map.of()), 404, null);
        assertProblem(call("GET", "/api/v1/persons/" + tuanGiaoRich, officerQuyHop, Map.of()), 404, null);
        HttpResponse<String> quyHopRegisters = call(
                "POST",
                "/api/v1/persons",
                system,
                Map.of(),
                "{\"fullName\":\"Vi Văn Khác\",\"birthDate\":\"1960\",\"sex\":\"MALE\",\"communeCode\":\"17035\"}");
        assertProblem(quyHopRegisters, 403, null);

        // the auditor of the province reads the person who was decided, paid and has died …
        HttpResponse<String> person = call("GET", "/api/v1/persons/" + tuanGiaoRich, auditor, Map.of());
        assertValid(person, "/persons/{id}", "get", 200);
        assertThat(JSON.readTree(person.body()).path("dateOfDeath").asText()).isEqualTo("2025-09-20");
        HttpResponse<String> cases = call("GET", "/api/v1/persons/" + tuanGiaoRich + "/cases", auditor, Map.of());
        assertValid(cases, "/persons/{id}/cases", "get", 200);
        List<JsonNode> decisions = new ArrayList<>();
        JSON.readTree(cases.body()).forEach(c -> c.path("decisions").forEach(decisions::add));
        assertThat(decisions).as(cases.body()).isNotEmpty();
        JsonNode decision = decisions.get(0);
        assertThat(decision.path("number").asText()).contains("/QĐ-");
        HttpResponse<byte[]> pdf = HTTP.send(
                request("GET", decision.path("pdf").asText(), auditor, Map.of(), null),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> payments = call("GET", "/api/v1/persons/" + tuanGiaoRich + "/payments", auditor, Map.of());
        assertValid(payments, "/persons/{id}/payments", "get", 200);
        long paid = 0;
        for (JsonNode line : JSON.readTree(payments.body())) {
            if ("PAID".equals(line.path("paymentStatus").asText())) {
                paid += line.path("amount").asLong();
            }
        }
        TestDatabase db = new TestDatabase(TestStack.app().database());
        assertThat(paid)
                .isPositive()
                .isEqualTo(db.countOf(
                        "select coalesce(sum(amount), 0) from payroll_line where person_id = ? and payment_status = 'PAID'",
                        tuanGiaoRich));

        // … and each read is in the access log beside the pages' reads, as is the other commune's refused read
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (db.countOf(
                                "select count(*) from access_log where reader = 'auditor.dienbien' and person_id = ?"
                                        + " and (target like 'API %' or target like '%) API')",
                                tuanGiaoRich)
                        < 4
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        for (String[] read : new String[][] {
            {"PERSON_FILE", "API /persons/" + tuanGiaoRich},
            {"PERSON_FILE", "API /persons/" + tuanGiaoRich + "/cases"},
            {"PAYMENT_HISTORY", "API /persons/" + tuanGiaoRich + "/payments"},
            {
                "DECISION",
                decision.path("number").asText() + " (#" + decision.path("id").asLong() + ") API"
            }
        }) {
            assertThat(db.countOf(
                            "select count(*) from access_log where reader = 'auditor.dienbien' and kind = ?"
                                    + " and target = ? and outcome = 'READ' and person_id = ?",
                            read[0],
                            read[1],
                            tuanGiaoRich))
                    .as("access log: %s %s", read[0], read[1])
                    .isEqualTo(1);
        }
        assertThat(db.countOf(
                        "select count(*) from access_log where reader = 'officer.quyhop' and kind = 'PERSON_FILE'"
                                + " and target = ? and outcome = 'REFUSED' and unit_code = '03253'",
                        "API /persons/" + tuanGiaoRich))
                .isEqualTo(1);

        // … and changes nothing
        HttpResponse<String> write = call(
                "PUT",
                "/api/v1/persons/" + tuanGiaoRich,
                auditor,
                Map.of("If-Match", person.headers().firstValue("ETag").orElseThrow()),
                "{\"fullName\":\"Lường Văn Đủ\",\"birthDate\":\"1958\",\"sex\":\"MALE\"}");
        assertProblem(write, 403, null);
    }

    // ---- support

    private static String systemToken() throws Exception {
        return token("grant_type=client_credentials&client_id=ansinh-api&client_secret=" + SECRET);
    }

    private static String userToken(DemoUser user) throws Exception {
        return token("grant_type=password&client_id=ansinh-api&client_secret=" + SECRET + "&scope=openid&username="
                + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoUser.PASSWORD, StandardCharsets.UTF_8));
    }

    private static String token(String form) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> call(String method, String path, String token, Map<String, String> headers)
            throws Exception {
        return call(method, path, token, headers, null);
    }

    private static HttpResponse<String> call(
            String method, String path, String token, Map<String, String> headers, String body) throws Exception {
        return HTTP.send(request(method, path, token, headers, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(
            String method, String path, String token, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request.build();
    }

    /** A problem+json answer with this status and key, valid against the document's Problem schema. */
    private static JsonNode assertProblem(HttpResponse<String> response, int status, String messageKey)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(validate(problem, JSON.createObjectNode().put("$ref", "#/components/schemas/Problem")))
                .isEmpty();
        if (messageKey != null) {
            assertThat(problem.path("messageKey").asText()).isEqualTo(messageKey);
        }
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    @Test
    void anOfficerOpensAnApplicationAttachesAScanAndSubmitsItAtTheVersionSheRead() throws Exception {
        String officer = userToken(DemoUser.OFFICER_TUAN_GIAO);
        long person = registered(officer, "Quàng Thị Nhất", "1940-02-03", "FEMALE");
        String body = "{\"personId\":%d,\"programme\":\"SOCIAL_ASSISTANCE\",\"category\":\"ELDERLY_80_NO_PENSION\"}"
                .formatted(person);
        String key = "application-" + person;
        HttpResponse<String> opened =
                call("POST", "/api/v1/applications", officer, Map.of("Idempotency-Key", key), body);
        assertValid(opened, "/applications", "post", 201);
        long id = JSON.readTree(opened.body()).path("id").asLong();
        assertThat(opened.headers().firstValue("Location")).hasValue(appUrl + "/api/v1/applications/" + id);
        HttpResponse<String> again =
                call("POST", "/api/v1/applications", officer, Map.of("Idempotency-Key", key), body);
        assertThat(JSON.readTree(again.body()).path("id").asLong()).isEqualTo(id);
        String path = "/api/v1/applications/" + id;

        List<String> types = new ArrayList<>();
        openApi.at("/paths/~1api~1v1~1applications~1{id}~1documents/post/requestBody/content")
                .fieldNames()
                .forEachRemaining(types::add);
        assertThat(types).containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png");
        HttpResponse<String> attached = upload(officer, path, "application/pdf", PDF);
        assertValid(attached, "/applications/{id}/documents", "post", 201);
        assertThat(JSON.readTree(attached.body()).path("mediaType").asText()).isEqualTo("application/pdf");
        assertProblem(
                upload(officer, path, "text/html", "<html>".getBytes(StandardCharsets.UTF_8)),
                415,
                "document.error.type");
        assertProblem(
                upload(officer, path, "image/png", "not a png".getBytes(StandardCharsets.UTF_8)),
                422,
                "document.error.type");

        HttpResponse<String> read = call("GET", path, officer, Map.of());
        assertValid(read, "/applications/{id}", "get", 200);
        assertThat(JSON.readTree(read.body()).path("documents").size()).isEqualTo(1);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertProblem(call("POST", path + "/submit", officer, Map.of()), 428, "api.error.ifMatchRequired");
        assertProblem(call("POST", path + "/submit", officer, Map.of("If-Match", "\"999\"")), 412, "error.staleData");
        HttpResponse<String> submitted = call("POST", path + "/submit", officer, Map.of("If-Match", etag));
        assertValid(submitted, "/applications/{id}/submit", "post", 200);
        JsonNode ready = JSON.readTree(submitted.body());
        assertThat(ready.path("status").asText()).isEqualTo("READY");
        assertThat(ready.path("caseId").asLong()).isPositive();
        assertThat(submitted.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        assertProblem(call("POST", path + "/submit", officer, Map.of("If-Match", etag)), 412, "error.staleData");
        assertValid(call("GET", path, officer, Map.of()), "/applications/{id}", "get", 200);

        TestDatabase db = new TestDatabase(TestStack.app().database());
        assertThat(db.countOf(
                        "select count(*) from audit_record where actor = 'officer.tuangiao' and outcome = 'SUCCEEDED'"
                                + " and ((action = 'application.open' and target_id = ?)"
                                + " or (action = 'application.attach' and target_id = ?)"
                                + " or (action = 'case.submit' and target_id = ?))",
                        String.valueOf(id),
                        JSON.readTree(attached.body()).path("id").asText(),
                        ready.path("caseId").asText()))
                .isEqualTo(3);
        String readSql = "select count(*) from access_log where reader = 'officer.tuangiao' and kind = 'PERSON_FILE'"
                + " and target = ? and outcome = 'READ' and person_id = ?";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (db.countOf(readSql, "API " + path.substring("/api/v1".length()), person) < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(300);
        }
        assertThat(db.countOf(readSql, "API " + path.substring("/api/v1".length()), person))
                .as("both reads of the application in the access log")
                .isEqualTo(2);
    }

    @Test
    void anotherCommunesOfficerFindsNoApplicationNorHouseholdAndTheAuditorWritesNone() throws Exception {
        String system = systemToken();
        String otherOfficer = userToken(DemoUser.OFFICER_QUY_HOP);
        String auditor = userToken(DemoUser.AUDITOR_DIEN_BIEN);
        long person = registered(system, "Lò Văn Hai", "1941", "MALE");
        String body = "{\"personId\":%d,\"category\":\"ELDERLY_80_NO_PENSION\",\"receivedOn\":\"2026-12-01\"}"
                .formatted(person);
        HttpResponse<String> opened = call("POST", "/api/v1/applications", system, Map.of(), body);
        assertValid(opened, "/applications", "post", 201);
        String path = "/api/v1/applications/"
                + JSON.readTree(opened.body()).path("id").asLong();
        String etag = opened.headers().firstValue("ETag").orElseThrow();

        assertProblem(call("GET", path, otherOfficer, Map.of()), 404, null);
        assertProblem(upload(otherOfficer, path, "application/pdf", PDF), 404, "error.notFound");
        assertProblem(call("POST", path + "/submit", otherOfficer, Map.of("If-Match", etag)), 404, "error.notFound");
        assertProblem(call("POST", "/api/v1/applications", otherOfficer, Map.of(), body), 404, "error.notFound");

        assertValid(call("GET", path, auditor, Map.of()), "/applications/{id}", "get", 200);
        assertProblem(call("POST", "/api/v1/applications", auditor, Map.of(), body), 403, null);
        assertProblem(upload(auditor, path, "application/pdf", PDF), 403, null);
        assertProblem(call("POST", path + "/submit", auditor, Map.of("If-Match", "\"999\"")), 403, null);
        String head = "{\"headPersonId\":%d}".formatted(person);
        assertProblem(call("POST", "/api/v1/households", auditor, Map.of(), head), 403, null);
        assertProblem(call("POST", "/api/v1/households", otherOfficer, Map.of(), head), 404, "error.notFound");
    }

    @Test
    void theSystemClientFoundsAHouseholdAdmitsAMemberAndReadsItFromEitherSide() throws Exception {
        String system = systemToken();
        long head = registered(system, "Cà Văn Chủ", "1970-05-06", "MALE");
        long wife = registered(system, "Lò Thị Vợ", "1972", "FEMALE");
        String key = "household-" + head;
        String body = "{\"headPersonId\":%d,\"address\":\"Bản Co Cượm\"}".formatted(head);
        HttpResponse<String> founded = call("POST", "/api/v1/households", system, Map.of("Idempotency-Key", key), body);
        assertValid(founded, "/households", "post", 201);
        long id = JSON.readTree(founded.body()).path("id").asLong();
        assertThat(JSON.readTree(call("POST", "/api/v1/households", system, Map.of("Idempotency-Key", key), body)
                                .body())
                        .path("id")
                        .asLong())
                .isEqualTo(id);
        String path = "/api/v1/households/" + id;
        String member = "{\"personId\":%d,\"relationship\":\"SPOUSE\"}".formatted(wife);
        HttpResponse<String> admitted = call("POST", path + "/members", system, Map.of(), member);
        assertValid(admitted, "/households/{id}/members", "post", 201);
        assertThat(JSON.readTree(admitted.body()).path("members").size()).isEqualTo(2);
        assertProblem(call("POST", path + "/members", system, Map.of(), member), 422, "household.error.alreadyMember");
        assertProblem(
                call(
                        "POST",
                        path + "/members",
                        system,
                        Map.of(),
                        "{\"personId\":%d,\"relationship\":\"AUNT\"}".formatted(wife)),
                422,
                "api.error.invalidFields");

        HttpResponse<String> read = call("GET", path, system, Map.of());
        assertValid(read, "/households/{id}", "get", 200);
        assertThat(JSON.readTree(read.body()).path("headPersonId").asLong()).isEqualTo(head);
        HttpResponse<String> ofWife = call("GET", "/api/v1/persons/" + wife + "/household", system, Map.of());
        assertValid(ofWife, "/persons/{id}/household", "get", 200);
        assertThat(JSON.readTree(ofWife.body()).path("id").asLong()).isEqualTo(id);
        assertProblem(call("GET", path, userToken(DemoUser.OFFICER_QUY_HOP), Map.of()), 404, null);
        long alone = registered(system, "Vì Văn Một", "1980", "MALE");
        assertProblem(
                call("GET", "/api/v1/persons/" + alone + "/household", system, Map.of()), 404, "api.error.noHousehold");
    }

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A person of Tuần Giáo registered through the API; her id. */
    private static long registered(String token, String name, String birthDate, String sex) throws Exception {
        String body =
                "{\"fullName\":\"%s\",\"birthDate\":\"%s\",\"sex\":\"%s\",\"communeCode\":\"03253\",\"duplicatesAcknowledged\":true}"
                        .formatted(name, birthDate, sex);
        HttpResponse<String> created = call("POST", "/api/v1/persons", token, Map.of(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    private static HttpResponse<String> upload(String token, String application, String type, byte[] content)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(appUrl + application + "/documents?kind=APPLICATION_FORM&fileName=don.pdf"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void payrollRunsOfTheCallersUnitArePagedTheirLinesAddUpToTheRunAndOtherCommunesAreRefused() throws Exception {
        long october = subjects.tuanGiao().get(0).ids().get("run");
        String system = systemToken();

        HttpResponse<String> runs = call("GET", "/api/v1/payroll-runs?month=2025-10", system, Map.of());
        assertValid(runs, "/payroll-runs", "get", 200);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(runs.body()).path("items").forEach(r -> {
            ids.add(r.path("id").asLong());
            assertThat(r.path("month").asText()).isEqualTo("2025-10");
        });
        assertThat(ids).contains(october);

        HttpResponse<String> one = call("GET", "/api/v1/payroll-runs/" + october, system, Map.of());
        assertValid(one, "/payroll-runs/{id}", "get", 200);
        JsonNode run = JSON.readTree(one.body());
        assertThat(run.path("status").asText()).isEqualTo("APPROVED");
        assertThat(run.path("unitCode").asText()).isEqualTo("03253");

        // every page of lines, the last one short: the amounts add up to the run's total, no line twice
        int size = run.path("lineCount").asInt() > 20 ? 100 : 2;
        long sum = 0;
        java.util.Set<Long> lines = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> answer = call(
                    "GET",
                    "/api/v1/payroll-runs/" + october + "/lines?size=" + size + "&page=" + page,
                    system,
                    Map.of());
            assertValid(answer, "/payroll-runs/{id}/lines", "get", 200);
            JsonNode items = JSON.readTree(answer.body()).path("items");
            for (JsonNode line : items) {
                assertThat(lines.add(line.path("lineId").asLong())).isTrue();
                sum += line.path("amount").asLong();
            }
            assertThat(JSON.readTree(answer.body()).path("totalAmount").asLong())
                    .isEqualTo(run.path("totalAmount").asLong());
            if (items.size() < size) {
                break;
            }
        }
        assertThat(lines).hasSize(run.path("lineCount").asInt());
        assertThat(sum).isPositive().isEqualTo(run.path("totalAmount").asLong());

        String officerQuyHop = userToken(DemoUser.OFFICER_QUY_HOP);
        assertProblem(call("GET", "/api/v1/payroll-runs/" + october, officerQuyHop, Map.of()), 404, null);
        assertProblem(call("GET", "/api/v1/payroll-runs/" + october + "/lines", officerQuyHop, Map.of()), 404, null);
        assertProblem(call("GET", "/api/v1/payroll-runs?unit=03253", officerQuyHop, Map.of()), 404, null);
        assertProblem(call("GET", "/api/v1/payroll-runs?month=10/2025", system, Map.of()), 422, "api.error.month");
        assertProblem(
                call("GET", "/api/v1/payroll-runs/" + october + "/lines?size=101", system, Map.of()),
                422,
                "api.error.paging");
    }

    @Test
    void anAccountStepIsRecordedAgainstTheVersionReadAndTheAuditorRecordsNothing() throws Exception {
        String system = systemToken();
        String personalId =
                "011052" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        HttpResponse<String> registered = call("POST", "/api/v1/persons", system, Map.of(), """
                {"fullName":"Quàng Văn Tài","birthDate":"1952","sex":"MALE","personalId":"%s","communeCode":"03253",
                 "duplicatesAcknowledged":true}""".formatted(personalId));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long person = JSON.readTree(registered.body()).path("id").asLong();
        String path = "/api/v1/persons/" + person + "/account";

        HttpResponse<String> none = call("GET", path, system, Map.of());
        assertValid(none, "/persons/{id}/account", "get", 200);
        assertThat(JSON.readTree(none.body()).path("status").asText()).isEqualTo("NONE");
        assertThat(JSON.readTree(none.body()).path("allowedSteps").toString()).contains("OPEN");
        String etag = none.headers().firstValue("ETag").orElseThrow();
        String open = "{\"step\":\"OPEN\",\"bankCode\":\"VBSP\",\"accountNumber\":\"0123456789\",\"note\":\"API\"}";

        assertProblem(call("POST", path + "/steps", system, Map.of(), open), 428, "api.error.ifMatchRequired");
        assertProblem(call("POST", path + "/steps", system, Map.of("If-Match", "\"7\""), open), 412, "error.staleData");
        String auditor = userToken(DemoUser.AUDITOR_DIEN_BIEN);
        assertValid(call("GET", path, auditor, Map.of()), "/persons/{id}/account", "get", 200);
        assertProblem(call("POST", path + "/steps", auditor, Map.of("If-Match", etag), open), 403, null);
        assertProblem(call("GET", path, userToken(DemoUser.OFFICER_QUY_HOP), Map.of()), 404, null);
        JsonNode bad = assertProblem(
                call("POST", path + "/steps", system, Map.of("If-Match", etag), "{\"step\":\"JUMP\",\"on\":\"20/11\"}"),
                422,
                "api.error.invalidFields");
        assertThat(bad.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("step", "on");

        HttpResponse<String> opened = call("POST", path + "/steps", system, Map.of("If-Match", etag), open);
        assertValid(opened, "/persons/{id}/account/steps", "post", 201);
        JsonNode account = JSON.readTree(opened.body());
        assertThat(account.path("status").asText()).isEqualTo("HAS_ACCOUNT");
        assertThat(account.path("accountNumber").asText()).isEqualTo("0123456789");
        assertThat(account.path("history")).hasSize(1);
        assertThat(opened.headers().firstValue("ETag")).get().isNotEqualTo(etag);
        assertProblem(call("POST", path + "/steps", system, Map.of("If-Match", etag), open), 412, "error.staleData");

        TestDatabase db = new TestDatabase(TestStack.app().database());
        assertThat(db.countOf(
                        "select count(*) from audit_record where action = 'account.step' and target_id = ?"
                                + " and actor = 'service-account-ansinh-api' and outcome = 'SUCCEEDED'",
                        String.valueOf(person)))
                .isEqualTo(1);
        assertThat(db.countOf("select count(*) from audit_record where action = 'account.step'"
                        + " and actor = 'auditor.dienbien' and outcome = 'DENIED'"))
                .isPositive();
    }

    @Test
    void theReportsGiveThePagesRowsForTheCallersUnitOnly() throws Exception {
        String system = systemToken();
        // the rich person of Tuần Giáo was decided in August 2025 and died in September
        HttpResponse<String> movement = call("GET", "/api/v1/reports/movement?period=2025-Q3", system, Map.of());
        assertValid(movement, "/reports/movement", "get", 200);
        JsonNode report = JSON.readTree(movement.body());
        assertThat(report.path("unitCode").asText()).isEqualTo("03253");
        assertThat(report.at("/period/code").asText()).isEqualTo("2025-Q3");
        assertThat(report.path("rows").findValuesAsText("category")).contains("DISABLED");
        JsonNode total = report.path("total");
        assertThat(total.path("added").asLong()).isPositive();
        assertThat(total.path("atEnd").asLong())
                .isEqualTo(total.path("atStart").asLong()
                        + total.path("added").asLong()
                        - total.path("stopped").asLong());

        HttpResponse<String> paid = call("GET", "/api/v1/reports/paid?unit=03253&period=2025-Q4", system, Map.of());
        assertValid(paid, "/reports/paid", "get", 200);
        JsonNode amounts = JSON.readTree(paid.body());
        assertThat(amounts.path("hasPayments").asBoolean()).isTrue();
        long byMonth = 0;
        for (JsonNode month : amounts.path("months")) {
            byMonth += month.path("total").asLong();
        }
        assertThat(amounts.at("/total/paid").asLong()).isPositive().isEqualTo(byMonth);

        assertValid(
                call("GET", "/api/v1/reports/poverty?period=2025-Y", system, Map.of()), "/reports/poverty", "get", 200);
        HttpResponse<String> project06 = call("GET", "/api/v1/reports/project06?month=2025-08", system, Map.of());
        assertValid(project06, "/reports/project06", "get", 200);
        JsonNode indicators = JSON.readTree(project06.body());
        long beneficiaries = 0;
        for (JsonNode commune : indicators.path("communes")) {
            beneficiaries += commune.path("beneficiaries").asLong();
        }
        assertThat(indicators.path("communes").findValuesAsText("communeCode")).containsExactly("03253");
        assertThat(indicators.at("/total/beneficiaries").asLong()).isEqualTo(beneficiaries);
        assertProblem(
                call("GET", "/api/v1/reports/movement?unit=03253", userToken(DemoUser.OFFICER_QUY_HOP), Map.of()),
                404,
                "error.access.unit");
        assertProblem(call("GET", "/api/v1/reports/paid?period=2025-Q5", system, Map.of()), 422, "report.error.period");
    }

    /** The answer has the status and its body is valid against the operation's response schema in /openapi. */
    private static void assertValid(HttpResponse<String> response, String path, String method, int status)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode content = openApi.path("paths")
                .path("/api/v1" + path)
                .path(method)
                .path("responses")
                .path(String.valueOf(status))
                .path("content");
        assertThat(content.isObject())
                .as("%s %s %d is documented", method, path, status)
                .isTrue();
        JsonNode schema = content.elements().next().path("schema");
        assertThat(validate(JSON.readTree(response.body()), schema))
                .as(response.body())
                .isEmpty();
    }

    private static List<String> validate(JsonNode instance, JsonNode schema) {
        ObjectNode root = openApi.deepCopy();
        root.remove(List.of("paths", "info", "servers", "security", "tags", "openapi"));
        root.setAll((ObjectNode) schema);
        Schema compiled = SchemaRegistry.withDialect(Dialects.getOpenApi30())
                .getSchema(SchemaLocation.of("https://ansinh.test/openapi.json"), root);
        return compiled.validate(instance).stream().map(Object::toString).toList();
    }
}
