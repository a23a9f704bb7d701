package io.github.cloudsync.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders actions topologically by {@link Action#after()} (and the directory sync flag before everything else), ties
 * broken by address, so a plan is deterministic.
 */
public final class ActionOrder {
    private ActionOrder() {}

    /** The actions in run order; dependencies on addresses not in the list are ignored. */
    public static List<Action> sort(List<Action> actions) {
        Map<String, Action> byAddress = new HashMap<>();
        for (Action action : actions) {
            if (byAddress.put(action.address(), action) != null) {
                throw new IllegalArgumentException("two actions share the address " + action.address());
            }
        }
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> followers = new HashMap<>();
        for (Action action : actions) {
            int count = 0;
            List<String> after = new ArrayList<>(action.after());
            // the directory sync flag goes first (docs/plan.md, Ordering): jobs are not started, nor anything else
            // written, in a tenant whose directory sync is still off
            if (!after.contains(Action.TENANT_DIRECTORY_SYNC)) {
                after.add(Action.TENANT_DIRECTORY_SYNC);
            }
            for (String before : after) {
                if (byAddress.containsKey(before) && !before.equals(action.address())) {
                    followers.computeIfAbsent(before, k -> new ArrayList<>()).add(action.address());
                    count++;
                }
            }
            waitingOn.put(action.address(), count);
        }
        TreeMap<String, Action> ready = new TreeMap<>();
        waitingOn.forEach((address, count) -> {
            if (count == 0) {
                ready.put(address, byAddress.get(address));
            }
        });
        List<Action> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Action next = ready.pollFirstEntry().getValue();
            ordered.add(next);
            for (String follower : followers.getOrDefault(next.address(), List.of())) {
                if (waitingOn.merge(follower, -1, Integer::sum) == 0) {
                    ready.put(follower, byAddress.get(follower));
                }
            }
        }
        if (ordered.size() != actions.size()) {
            throw new IllegalStateException("the actions' after() form a cycle");
        }
        return ordered;
    }
}
