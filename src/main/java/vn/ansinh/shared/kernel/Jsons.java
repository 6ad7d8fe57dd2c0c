package vn.ansinh.shared.kernel;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;

/**
 * JSON builders and readers from one provider found once. {@code jakarta.json.Json}'s static methods look the
 * provider up with a {@code ServiceLoader} at every call (reading the class path's service files): 14 % of the demo
 * data's time went there, one lookup per audit value and decision text. ArchitectureTest keeps the main code off them.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {}

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    /** A reader of UTF-8 (or UTF-16/32, detected) bytes. */
    public static JsonReader createReader(InputStream in) {
        return PROVIDER.createReader(in);
    }
}
