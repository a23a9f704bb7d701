package io.github.cloudsync.apply;

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
 *   <li>turning directory sync on after the service principal is made and checked (a tenant-wide switch only once the
 *       configuration exists and is this run's), at the same time as the jobs and secrets, and before every job start
 *       (no job starts in a tenant whose directory sync is still off); turning it off before every other step, as in
 *       plan order;
 *   <li>every job start after every step that leaves a check ({@link StepCheck}) and after its check: no job runs
 *       before the race rules have kept this run's objects and the secrets were read back whole.
 * </ul>
 *
 * Job creations of different templates run at the same time: Graph lists a service principal's jobs with their
 * template, so the lost-create recovery and the race rule tell each template's new job apart.
 *
 * @param waitsFor the steps each step waits for, by plan index
 * @param checkedFirst of those, the steps whose check must also have passed
 */
record StepDependencies(List<Set<Integer>> waitsFor, List<Set<Integer>> checkedFirst) {
    StepDependencies {
        waitsFor = waitsFor.stream().map(Set::copyOf).toList();
        checkedFirst = checkedFirst.stream().map(Set::copyOf).toList();
    }

    /** The waits of {@code actions}, by plan index; they form no cycle when the plan's own order has none. */
    static StepDependencies of(List<Action> actions) {
        Map<String, Integer> byAddress = new HashMap<>();
        List<Integer> checked = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            byAddress.put(actions.get(i).address(), i);
            if (StepCheck.leftBy(actions.get(i))) {
                checked.add(i);
            }
        }
        Integer flag = byAddress.get(Action.TENANT_DIRECTORY_SYNC);
        boolean flagFirst = flag != null && actions.get(flag).tenantWideDestructive();
        Integer servicePrincipal = byAddress.get(Action.SERVICE_PRINCIPAL);
        List<Set<Integer>> waits = new ArrayList<>();
        List<Set<Integer>> checks = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Set<Integer> before = new LinkedHashSet<>();
            Set<Integer> checkedBefore = new LinkedHashSet<>();
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
                checkedBefore.add(servicePrincipal);
            }
            if (action instanceof Action.StartJob) {
                before.addAll(checked);
                checkedBefore.addAll(checked);
            }
            waits.add(before);
            checks.add(checkedBefore);
        }
        return new StepDependencies(waits, checks);
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
