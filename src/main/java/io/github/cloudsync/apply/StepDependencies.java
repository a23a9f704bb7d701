package io.github.cloudsync.apply;

import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.plan.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which earlier plan steps each step must wait for when apply runs independent steps at the same time. The plan's order
 * (plan/ActionOrder) stays the report order; the waits here are what the Graph calls really need:
 *
 * <ul>
 *   <li>every address in {@link Action#after()} that is in the plan, but the directory sync flag's, which counts so:
 *   <li>turning directory sync on after the service principal is made (a tenant-wide switch only once the
 *       configuration exists and is this run's), at the same time as the jobs and secrets, and before every job start
 *       (no job starts in a tenant whose directory sync is still off); turning it off before every other step, as in
 *       plan order;
 *   <li>job creations one at a time, the provisioning job first (the schema and discover wait for it): Graph's
 *       behaviour for several creations on one service principal at once is not documented, and the lost-create
 *       recovery tells a template's new job from the list of jobs it reads.
 * </ul>
 */
record StepDependencies(List<Set<Integer>> waitsFor) {
    StepDependencies {
        waitsFor = waitsFor.stream().map(Set::copyOf).toList();
    }

    /** The waits of {@code actions}, by plan index; they form no cycle when the plan's own order has none. */
    static StepDependencies of(List<Action> actions) {
        Map<String, Integer> byAddress = new HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            byAddress.put(actions.get(i).address(), i);
        }
        Integer flag = byAddress.get(Action.TENANT_DIRECTORY_SYNC);
        boolean flagFirst = flag != null && actions.get(flag).tenantWideDestructive();
        Integer servicePrincipal = byAddress.get(Action.SERVICE_PRINCIPAL);
        List<Integer> creations = jobCreations(actions);
        List<Set<Integer>> waits = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Set<Integer> before = new LinkedHashSet<>();
            for (String address : action.after()) {
                Integer index = byAddress.get(address);
                if (index != null && index != i && !address.equals(Action.TENANT_DIRECTORY_SYNC)) {
                    before.add(index);
                }
            }
            if (flag != null && flag != i && (flagFirst || action instanceof Action.StartJob)) {
                before.add(flag);
            }
            if (flag != null && flag == i && !flagFirst && servicePrincipal != null) {
                before.add(servicePrincipal);
            }
            int creation = creations.indexOf(i);
            if (creation > 0) {
                before.add(creations.get(creation - 1));
            }
            waits.add(before);
        }
        return new StepDependencies(waits);
    }

    /** The plan indexes of the job creations in the order they run: provisioning first, then plan order. */
    private static List<Integer> jobCreations(List<Action> actions) {
        List<Integer> creations = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) instanceof Action.CreateJob create) {
                if (create.template() == JobTemplate.PROVISIONING) {
                    creations.add(0, i);
                } else {
                    creations.add(i);
                }
            }
        }
        return creations;
    }

    /** The steps that wait for step {@code index}. */
    List<Integer> followers(int index) {
        List<Integer> followers = new ArrayList<>();
        for (int i = 0; i < waitsFor.size(); i++) {
            if (waitsFor.get(i).contains(index)) {
                followers.add(i);
            }
        }
        return followers;
    }
}
