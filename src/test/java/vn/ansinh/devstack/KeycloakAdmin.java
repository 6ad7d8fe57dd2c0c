package vn.ansinh.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's admin REST API on the local Keycloak of a stack, for tests that need the production
 * setting of the realm: the second factor of approvers and administrators
 * ({@code ANSINH_SECOND_FACTOR=CONDITIONAL} in {@code docker/compose.yaml}).
 */
public final class KeycloakAdmin {

    /** The sub-flows of the realm's browser flow that ask approvers and administrators for a code. */
    static final String FORMS_FLOW = "ansinh browser forms";

    static final String OTP_FLOW_PREFIX = "ansinh otp ";

    private final String keycloakUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public KeycloakAdmin(StackLayout layout) {
        this.keycloakUrl = layout.keycloakUrl();
    }

    /**
     * Sets the requirement of the OTP sub-flows, as the realm import does from
     * {@code ${ANSINH_SECOND_FACTOR:DISABLED}}: {@code CONDITIONAL} (production) or {@code DISABLED}.
     */
    public void secondFactor(String requirement) {
        String token = token();
        String executions =
                keycloakUrl + "/admin/realms/ansinh/authentication/flows/" + path(FORMS_FLOW) + "/executions";
        int changed = 0;
        for (JsonValue value :
                array(send(token, HttpRequest.newBuilder(URI.create(executions)).GET()))) {
            JsonObject execution = value.asJsonObject();
            if (execution.getInt("level") == 0
                    && execution.getString("displayName", "").startsWith(OTP_FLOW_PREFIX)) {
                JsonObject update = Json.createObjectBuilder(execution)
                        .add("requirement", requirement)
                        .build();
                send(
                        token,
                        HttpRequest.newBuilder(URI.create(executions))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(update.toString())));
                changed++;
            }
        }
        if (changed != 2) {
            throw new IllegalStateException("Expected the two OTP sub-flows in '" + FORMS_FLOW + "', found " + changed);
        }
    }

    /** Removes the user's OTP credentials (the enrolled authenticator), so a later test starts afresh. */
    public void removeOtpCredentials(String username) {
        String token = token();
        String users = keycloakUrl + "/admin/realms/ansinh/users";
        JsonArray found = array(send(
                token,
                HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + path(username)))
                        .GET()));
        String id = found.getJsonObject(0).getString("id");
        for (JsonValue value : array(send(
                token,
                HttpRequest.newBuilder(URI.create(users + "/" + id + "/credentials"))
                        .GET()))) {
            JsonObject credential = value.asJsonObject();
            if ("otp".equals(credential.getString("type"))) {
                send(
                        token,
                        HttpRequest.newBuilder(
                                        URI.create(users + "/" + id + "/credentials/" + credential.getString("id")))
                                .DELETE());
            }
        }
    }

    /**
     * Lets the app's client send users back to another app URL as well (a second app on another port using this
     * Keycloak, as the fault drills run): adds {@code appUrl/*} to its redirect URIs if missing.
     */
    public void allowAppUrl(String appUrl) {
        String token = token();
        String clients = keycloakUrl + "/admin/realms/ansinh/clients";
        JsonObject client = array(send(
                        token,
                        HttpRequest.newBuilder(URI.create(clients + "?clientId=ansinh-web"))
                                .GET()))
                .getJsonObject(0);
        String redirect = appUrl + "/*";
        if (client.getJsonArray("redirectUris").getValuesAs(JsonValue::toString).contains("\"" + redirect + "\"")) {
            return;
        }
        JsonObject update = Json.createObjectBuilder(client)
                .add(
                        "redirectUris",
                        Json.createArrayBuilder(client.getJsonArray("redirectUris"))
                                .add(redirect))
                .build();
        send(
                token,
                HttpRequest.newBuilder(URI.create(clients + "/" + client.getString("id")))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(update.toString())));
    }

    private String token() {
        String form = "grant_type=password&client_id=admin-cli&username=" + path(KeycloakServer.ADMIN_USER)
                + "&password=" + path(KeycloakServer.ADMIN_PASSWORD);
        String body = send(
                null,
                HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        return Json.createReader(new StringReader(body)).readObject().getString("access_token");
    }

    private String send(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak admin API: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API unreachable at " + keycloakUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static String path(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
