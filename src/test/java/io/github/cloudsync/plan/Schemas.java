package io.github.cloudsync.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provisioning schema fixtures under src/test/resources/fixtures (see the README there). */
public final class Schemas {
    private Schemas() {}

    /** The synthetic modern schema: user and inetOrgPerson mappings to User, no CredentialData. */
    public static JsonNode modern() {
        return read("modern-ad2aad-schema.json");
    }

    /** The real 543 KB schema captured from a tenant in 2020. */
    public static JsonNode real2020() {
        return read("real-ad2aad-schema-2020.json");
    }

    /** The fixture's bytes as text, exactly as stored. */
    public static String text(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String name) {
        return JsonMapper.shared().readTree(text(name));
    }
}
