package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.ConcurrentApply;
import io.github.cloudsync.model.ConcurrentJobCreate;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.SecretsLost;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.SecretLoss;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the checks steps left ({@link StepCheck}), one read per kind however many checks wait for it: one service
 * principal lookup, one jobs list, one secrets read, each a task of its own so that they go out together. Each task
 * answers, for every step it checked, the failure of its check or nothing.
 */
final class StepChecks {
    private final GraphReader reader;
    private final GraphWriter writer;
    private final ApplyTargets targets;

    StepChecks(GraphReader reader, GraphWriter writer, ApplyTargets targets) {
        this.reader = reader;
        this.writer = writer;
        this.targets = targets;
    }

    /** The tasks that check {@code pending} (plan index to check), one per kind of check among them. */
    List<Callable<Map<Integer, Optional<CloudsyncException>>>> tasks(Map<Integer, StepCheck> pending) {
        Map<Integer, StepCheck.OldestServicePrincipal> principals = new HashMap<>();
        Map<Integer, StepCheck.FirstJob> jobs = new HashMap<>();
        Map<Integer, StepCheck.SecretsKept> secrets = new HashMap<>();
        pending.forEach((index, check) -> {
            if (check instanceof StepCheck.OldestServicePrincipal c) {
                principals.put(index, c);
            } else if (check instanceof StepCheck.FirstJob c) {
                jobs.put(index, c);
            } else if (check instanceof StepCheck.SecretsKept c) {
                secrets.put(index, c);
            }
        });
        List<Callable<Map<Integer, Optional<CloudsyncException>>>> tasks = new ArrayList<>();
        if (!principals.isEmpty()) {
            tasks.add(() -> each(principals, this::keepOnlyTheOldest));
        }
        if (!jobs.isEmpty()) {
            tasks.add(() -> keepOnlyTheFirstJobs(jobs));
        }
        if (!secrets.isEmpty()) {
            tasks.add(() -> each(secrets, this::requireKept));
        }
        return tasks;
    }

    private static <C> Map<Integer, Optional<CloudsyncException>> each(Map<Integer, C> checks, Consumer<C> check) {
        Map<Integer, Optional<CloudsyncException>> results = new HashMap<>();
        checks.forEach((index, c) -> {
            try {
                check.accept(c);
                results.put(index, Optional.empty());
            } catch (CloudsyncException e) {
                results.put(index, Optional.of(e));
            }
        });
        return results;
    }

    /**
     * Graph does not keep display names unique, so two applies started together can both instantiate. Both then see the
     * same list, oldest first: the one that made a younger twin deletes its own (nothing runs on it yet: no job starts
     * before this check) and stops, and the other carries on, so the tenant keeps one configuration.
     */
    private void keepOnlyTheOldest(StepCheck.OldestServicePrincipal check) {
        List<ServicePrincipal> named =
                reader.findServicePrincipals(ActionRunner.CLOUD_SYNC_TEMPLATE, check.displayName());
        targets.servicePrincipalsListed(named);
        ServicePrincipal created = check.created();
        if (named.isEmpty() || named.get(0).id().equalsIgnoreCase(created.id())) {
            return;
        }
        writer.deleteServicePrincipal(created.id());
        throw new ConcurrentApply(named.get(0).id(), check.displayName(), created.id(), created.appId());
    }

    /**
     * The race rule for jobs, as for service principals: two applies that both found no job of a template both create
     * one. After, both list the jobs (Graph lists them in creation order, and the list shows the jobs this session
     * created, docs/graph.md section 4.4); they agree that the first listed of a template stays, so a run whose job is
     * not first deletes its own (not started yet) and stops, and the other carries on with one job of the template.
     */
    private Map<Integer, Optional<CloudsyncException>> keepOnlyTheFirstJobs(Map<Integer, StepCheck.FirstJob> checks) {
        List<Job> listed;
        try {
            listed = reader.jobs(targets.servicePrincipalId());
        } catch (CloudsyncException e) {
            Map<Integer, Optional<CloudsyncException>> failed = new HashMap<>();
            checks.keySet().forEach(index -> failed.put(index, Optional.of(e)));
            return failed;
        }
        return each(checks, check -> {
            Optional<Job> first =
                    listed.stream().filter(j -> j.is(check.template())).findFirst();
            if (first.isEmpty() || first.get().id().equals(check.created().id())) {
                return;
            }
            writer.deleteJob(targets.servicePrincipalId(), check.created().id());
            throw new ConcurrentJobCreate(
                    check.template().templateId(),
                    first.get().id(),
                    check.created().id());
        });
    }

    /**
     * Reads the secrets back and compares their keys with the read the write was made from: a key that was there and
     * is not now was dropped by the write (whole-set semantics, docs/graph.md section 6.3), and nothing may be lost
     * silently. A read that is not up to date yet shows the keys as they were, so it never reports a loss wrongly.
     */
    private void requireKept(StepCheck.SecretsKept check) {
        LiveSecrets after = reader.secrets(check.servicePrincipalId());
        targets.secretsReadBack(after);
        List<String> lost = SecretLoss.byWrite(targets.secrets(), after);
        if (!lost.isEmpty()) {
            throw new SecretsLost(check.servicePrincipalId(), lost, SecretsLost.Seen.AFTER_WRITE);
        }
    }
}
