package io.github.cloudsync.scenarios;

import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An apply's mutating requests in the order of the steps they belong to, as the apply printed its steps. Apply runs
 * independent steps at the same time, so the emulator's log has them in whichever order they arrived; a golden file
 * of them needs one order. Requests of one step keep their logged order, and job creations (one at a time, on one
 * path) are the printed creations in turn.
 */
final class RequestsInStepOrder {
    private static final Pattern STEP = Pattern.compile("(?m)^\\[\\d+/\\d+\\] \\S+ \\S+ (\\S+): ");
    private static final Pattern JOB_PATH = Pattern.compile("/jobs/((?:AD2AAD|AAD2AD)[A-Za-z]+)([^/]*)(/[^/?]+)?");

    private RequestsInStepOrder() {}

    /** The addresses of the steps the apply printed, in its (plan) order. */
    static List<String> steps(String applyOutput) {
        List<String> steps = new ArrayList<>();
        Matcher step = STEP.matcher(applyOutput);
        while (step.find()) {
            steps.add(step.group(1));
        }
        return steps;
    }

    static List<LoggedRequest> of(List<LoggedRequest> mutating, String applyOutput) {
        List<String> steps = steps(applyOutput);
        List<String> creations =
                steps.stream().filter(s -> s.matches("job/[A-Za-z0-9]+")).toList();
        List<Integer> ranks = new ArrayList<>();
        int created = 0;
        int previous = 0;
        for (LoggedRequest request : mutating) {
            String address = address(request, steps);
            if (address.equals("create job") && request.status() / 100 == 2 && created < creations.size()) {
                address = creations.get(created++);
            } else if (address.equals("create job")) {
                address = created < creations.size() ? creations.get(created) : "";
            }
            int rank = steps.indexOf(address);
            previous = rank < 0 ? previous : rank;
            ranks.add(previous);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mutating.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(ranks::get));
        return order.stream().map(mutating::get).toList();
    }

    /** The step address a request belongs to; "create job" for a job creation, whose template the path does not say. */
    private static String address(LoggedRequest request, List<String> steps) {
        String path = request.path().replaceFirst("\\?.*$", "");
        if (path.contains("/organization/")) {
            return "tenant/directorySync";
        }
        if (path.endsWith("/instantiate") || path.matches(".*/servicePrincipals/[^/]+$")) {
            return "servicePrincipal";
        }
        if (path.endsWith("/synchronization/secrets")) {
            return "secrets";
        }
        if (path.endsWith("/discover")) {
            return "job/AD2AADProvisioning/schema/directories/discover";
        }
        if (path.endsWith("/synchronization/jobs")) {
            return "create job";
        }
        Matcher job = JOB_PATH.matcher(path);
        if (job.find()) {
            String tail = job.group(3) == null ? "" : job.group(3);
            String extra = "job/" + job.group(1) + "[" + job.group(1) + job.group(2) + "]";
            return switch (tail) {
                case "/schema" -> "job/" + job.group(1) + "/schema";
                case "/start", "/pause" -> "job/" + job.group(1) + "/state";
                default -> steps.contains(extra) ? extra : "job/" + job.group(1);
            };
        }
        return "";
    }
}
