package io.github.cloudsync.profile;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The value formats of the packaged profile v1 schema, for code that makes a profile rather than reads one (import):
 * read from the schema itself, so the patterns and ranges have one home.
 */
public final class ProfileFormats {
    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(SchemaCheck.packagedSchema());

    private static final JsonNode CONFIGURATION = SCHEMA.at("/properties/configuration/properties");

    private static final Pattern DOMAIN = pattern("/domain/pattern");

    private static final Pattern RECIPIENT = pattern("/notifications/properties/recipients/items/pattern");

    private ProfileFormats() {}

    /** The schema's {@code $id}, which a profile's yaml-language-server comment names. */
    public static String schemaId() {
        return SCHEMA.path("$id").asString();
    }

    /** Whether {@code value} is what {@code configuration.domain} accepts. */
    public static boolean domain(String value) {
        return DOMAIN.matcher(value).find();
    }

    /** Whether {@code value} is what an item of {@code configuration.notifications.recipients} accepts. */
    public static boolean recipient(String value) {
        return RECIPIENT.matcher(value).find();
    }

    /** The lowest {@code configuration.accidentalDeletes.threshold} accepts. */
    public static int thresholdMinimum() {
        return number("/accidentalDeletes/properties/threshold/minimum");
    }

    /** The highest {@code configuration.accidentalDeletes.threshold} accepts. */
    public static int thresholdMaximum() {
        return number("/accidentalDeletes/properties/threshold/maximum");
    }

    private static Pattern pattern(String pointer) {
        JsonNode pattern = CONFIGURATION.at(pointer);
        if (!pattern.isString()) {
            throw new IllegalStateException("the packaged profile schema has no " + pointer + ": the build is broken");
        }
        return Pattern.compile(pattern.asString());
    }

    private static int number(String pointer) {
        JsonNode number = CONFIGURATION.at(pointer);
        if (!number.isInt()) {
            throw new IllegalStateException("the packaged profile schema has no " + pointer + ": the build is broken");
        }
        return number.intValue();
    }
}
