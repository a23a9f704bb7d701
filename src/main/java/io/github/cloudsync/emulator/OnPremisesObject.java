package io.github.cloudsync.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Whether the on-premises object a provisionOnDemand subject names exists and is in scope. The emulator holds no
 * Active Directory, so an object exists when its {@code objectId} is a distinguished name whose first RDN is
 * {@code CN=} and which lies under the domain of the service principal's {@code Domain} secret; it is in scope when the
 * rule has no filter, when it lies under one of {@code containerFilter.includedContainers}, or when it is itself one
 * of {@code groupFilter.includedGroups} (group membership is unknown here, so members count as out of scope) [I].
 */
final class OnPremisesObject {
    /** What the lookup found. */
    enum Outcome {
        IN_SCOPE,
        NOT_FOUND,
        OUT_OF_SCOPE
    }

    /**
     * A lookup's outcome.
     *
     * @param outcome found and in scope, not found, or found out of scope
     * @param reason why, for the failed or skipped step
     * @param commonName the first RDN's value (the object's name in the step descriptions), or the objectId
     */
    record Lookup(Outcome outcome, String reason, String commonName) {}

    private OnPremisesObject() {}

    static Lookup lookup(String objectId, String type, String domainSecret, JsonNode rule) {
        List<String> dn = rdns(objectId);
        if (dn == null || dn.isEmpty() || !dn.get(0).startsWith("CN=")) {
            return new Lookup(
                    Outcome.NOT_FOUND,
                    "'" + objectId + "' is not the distinguished name of a " + type + " (CN=...,DC=...).",
                    objectId);
        }
        String commonName = objectId.substring(objectId.indexOf('=') + 1, firstComma(objectId))
                .trim();
        List<String> domain = domain(domainSecret);
        if (domain == null) {
            return new Lookup(Outcome.NOT_FOUND, "The configuration has no Domain secret.", commonName);
        }
        if (!under(dn, domain)) {
            return new Lookup(
                    Outcome.NOT_FOUND,
                    "No " + type + " with the distinguished name '" + objectId + "' exists in the domain.",
                    commonName);
        }
        List<String> containers = strings(rule.path("containerFilter").path("includedContainers"));
        List<String> groups = strings(rule.path("groupFilter").path("includedGroups"));
        boolean inScope = (containers.isEmpty() && groups.isEmpty())
                || containers.stream().map(OnPremisesObject::rdns).anyMatch(c -> c != null && under(dn, c))
                || groups.stream().map(OnPremisesObject::rdns).anyMatch(dn::equals);
        return inScope
                ? new Lookup(Outcome.IN_SCOPE, "", commonName)
                : new Lookup(Outcome.OUT_OF_SCOPE, "The " + type + " is outside the configured scope.", commonName);
    }

    /** The RDNs of {@code dn}, each {@code TYPE=value} with the type upper-cased and the value lower-cased; null if not a DN. */
    static List<String> rdns(String dn) {
        List<String> rdns = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                current.append(c).append(dn.charAt(++i));
            } else if (c == ',') {
                rdns.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        rdns.add(current.toString());
        List<String> normal = new ArrayList<>();
        for (String rdn : rdns) {
            int eq = rdn.indexOf('=');
            if (eq <= 0 || !rdn.substring(0, eq).trim().matches("[A-Za-z][A-Za-z0-9-]*")) {
                return null;
            }
            String value = rdn.substring(eq + 1).trim();
            if (value.isEmpty()) {
                return null;
            }
            normal.add(rdn.substring(0, eq).trim().toUpperCase(Locale.ROOT) + "=" + value.toLowerCase(Locale.ROOT));
        }
        return normal;
    }

    private static boolean under(List<String> dn, List<String> suffix) {
        return dn.size() > suffix.size()
                && dn.subList(dn.size() - suffix.size(), dn.size()).equals(suffix);
    }

    private static List<String> domain(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            String name = JsonTrees.parseText(secret).path("domain").asString("");
            if (name.isBlank()) {
                return null;
            }
            List<String> dcs = new ArrayList<>();
            for (String label : name.trim().split("\\.")) {
                dcs.add("DC=" + label.toLowerCase(Locale.ROOT));
            }
            return dcs;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static int firstComma(String dn) {
        for (int i = 0; i < dn.length(); i++) {
            if (dn.charAt(i) == '\\') {
                i++;
            } else if (dn.charAt(i) == ',') {
                return i;
            }
        }
        return dn.length();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString("")));
        return values;
    }
}
