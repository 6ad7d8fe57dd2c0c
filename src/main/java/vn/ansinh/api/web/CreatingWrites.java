package vn.ansinh.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import vn.ansinh.api.application.IdempotentWrites;
import vn.ansinh.api.domain.IdempotencyKey;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.CurrentActor;

/**
 * The API's creating writes (a person, an application, a household): done once per {@code Idempotency-Key} when the
 * caller sends one — the same key and body give the recorded answer, another body under the key is refused — and
 * answered with the status, the body, {@code Location} and the {@code ETag} of the version the body carries.
 */
@ApplicationScoped
public class CreatingWrites {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private IdempotentWrites idempotent;

    @Inject
    private CurrentActor actor;

    /** Runs {@code write} (once per key, when {@code key} is given) and answers it; {@code request} names it. */
    Response create(String key, String request, Object input, Supplier<IdempotentWrites.Answer> write) {
        if (key == null) {
            return response(write.get());
        }
        String hash = sha256(request + " " + JSON.toJson(input));
        return response(idempotent.once(new IdempotencyKey(actor.get().username(), key), hash, write));
    }

    private static Response response(IdempotentWrites.Answer answer) {
        Response.ResponseBuilder response =
                Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON);
        if (answer.location() != null) {
            response.header("Location", answer.location());
        }
        JsonObject body = Jsons.createReader(new StringReader(answer.body())).readObject();
        return response.tag(new EntityTag(body.getJsonNumber("version").toString()))
                .build();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
