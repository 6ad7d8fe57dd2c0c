package vn.ansinh.shared.health;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ansinh.shared.kernel.Jsons;

/**
 * MicroProfile Health for everyone, its details for operators only. Load balancers and the compose
 * health check need only the status: anyone gets {@code /health}, {@code /health/ready} and
 * {@code /health/live} with each check's name and UP/DOWN, but without its data (heap use, schema
 * version, error messages). Operators send {@code Authorization: Bearer <token>} with the token set in
 * {@code ANSINH_HEALTH_TOKEN} ({@code ansinh.health.token}); without that setting nobody sees details.
 */
@WebFilter(urlPatterns = {"/health", "/health/*"})
public class HealthDetailsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "ansinh.health.token")
    Optional<String> operatorToken;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isOperator(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = withoutDetails(buffered.body());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    boolean isOperator(String authorization) {
        String token =
                operatorToken.map(String::strip).filter(t -> t.length() >= 16).orElse(null);
        if (token == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The health report with only the overall status and each check's name and status. */
    static byte[] withoutDetails(byte[] report) {
        if (report.length == 0) {
            return report;
        }
        JsonObject full;
        try (var reader = Jsons.createReader(new ByteArrayInputStream(report))) {
            full = reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            return "{\"status\":\"DOWN\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
        }
        JsonArrayBuilder checks = Jsons.createArrayBuilder();
        for (JsonValue value :
                full.getJsonArray("checks") == null ? JsonValue.EMPTY_JSON_ARRAY : full.getJsonArray("checks")) {
            if (value instanceof JsonObject check) {
                JsonObjectBuilder reduced = Jsons.createObjectBuilder();
                if (check.containsKey("name")) {
                    reduced.add("name", check.get("name"));
                }
                reduced.add("status", check.getString("status", "DOWN"));
                checks.add(reduced);
            }
        }
        return Jsons.createObjectBuilder()
                .add("status", full.getString("status", "DOWN"))
                .add("checks", checks)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
