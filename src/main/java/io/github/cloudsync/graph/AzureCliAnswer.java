package io.github.cloudsync.graph;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What {@code az account get-access-token --output json} printed: the token and when it expires, from
 * {@code expires_on} (seconds since 1970, Azure CLI 2.54 and later) or else {@code expiresOn} (local time, no zone).
 *
 * @param accessToken the bearer token (never shown)
 * @param expiresOn empty when the answer does not say; the token is then used for one request only
 */
record AzureCliAnswer(String accessToken, Optional<Instant> expiresOn) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    /** Parses the answer; empty when it is not JSON with an {@code accessToken}. */
    static Optional<AzureCliAnswer> parse(String json, ZoneId localZone) {
        JsonNode tree;
        try {
            tree = GraphJson.MAPPER.readTree(json);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        String token = tree.path("accessToken").asString("");
        if (token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AzureCliAnswer(token, expiry(tree, localZone)));
    }

    private static Optional<Instant> expiry(JsonNode tree, ZoneId localZone) {
        JsonNode epoch = tree.path("expires_on");
        if (epoch.isNumber()) {
            return Optional.of(Instant.ofEpochSecond(epoch.asLong()));
        }
        if (epoch.isString() && epoch.asString().matches("\\d+")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.asString())));
        }
        String local = tree.path("expiresOn").asString("");
        try {
            return Optional.of(
                    LocalDateTime.parse(local, LOCAL).atZone(localZone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AzureCliAnswer[accessToken=(not shown), expiresOn=" + expiresOn + "]";
    }
}
