package io.github.cloudsync.render;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code cloudsync drift} found, one entry per profile in the order the profiles were given: in sync, drifted (with
 * the plan that would revert the drift) or error (with what happened and what to do).
 */
public record DriftReport(List<Entry> entries, Optional<Share> share) {
    /** The caption drifted plans are shown under. */
    public static final String CAPTION = "changed outside cloudsync";

    public DriftReport {
        entries = List.copyOf(entries);
        Objects.requireNonNull(share, "share");
    }

    /** A report of every profile given (no {@code --shard}). */
    public DriftReport(List<Entry> entries) {
        this(entries, Optional.empty());
    }

    /**
     * Which share of the profiles a {@code drift --shard} run checked: shard {@code index} of {@code count}, its
     * {@code profiles} of the {@code allProfiles} files the arguments stand for.
     */
    public record Share(int index, int count, int profiles, int allProfiles) {}

    /** How one profile compared with its tenant; the JSON spelling is {@link #key()}, the text one {@link #words()}. */
    public enum Result {
        IN_SYNC("in_sync", "in sync"),
        DRIFTED("drifted", "drifted"),
        ERROR("error", "error");

        private final String key;
        private final String words;

        Result(String key, String words) {
            this.key = key;
            this.words = words;
        }

        public String key() {
            return key;
        }

        public String words() {
            return words;
        }
    }

    /**
     * Why a profile could not be compared: the failure's stable code, the message, what to do, and any detail lines
     * (e.g. profile problems); made by {@link FailureText#driftFailure()}.
     */
    public record Failure(String code, String message, String whatToDo, List<String> details) {
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            whatToDo = whatToDo == null ? "" : whatToDo;
            details = List.copyOf(details);
        }
    }

    /**
     * One profile's outcome. {@code name} and {@code tenantId} are empty when the file could not be loaded; {@code plan}
     * is present unless the result is an error, {@code failure} only then. {@code quarantined} are the configuration's
     * quarantined jobs (none for an error): sync has stopped for them, whether or not anything drifted.
     */
    public record Entry(
            String file,
            Optional<String> name,
            Optional<String> tenantId,
            Result result,
            Optional<Plan> plan,
            Optional<Failure> failure,
            List<String> warnings,
            List<Job> quarantined) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(result, "result");
            warnings = List.copyOf(warnings);
            quarantined = List.copyOf(quarantined);
            if ((result == Result.ERROR) != failure.isPresent() || (result == Result.ERROR) == plan.isPresent()) {
                throw new IllegalArgumentException("an error has a failure and no plan; other results a plan");
            }
            if (result == Result.ERROR && !quarantined.isEmpty()) {
                throw new IllegalArgumentException("an error has no quarantined jobs: nothing was read");
            }
        }

        /** A profile compared with its tenant, none of whose jobs is quarantined. */
        public static Entry compared(String file, String name, String tenantId, Plan plan, List<String> warnings) {
            return compared(file, name, tenantId, plan, warnings, List.of());
        }

        /**
         * A profile compared with its tenant: in sync when the plan has no actions, else drifted; {@code jobs} are the
         * jobs read, of which the quarantined ones are kept.
         */
        public static Entry compared(
                String file, String name, String tenantId, Plan plan, List<String> warnings, List<Job> jobs) {
            return new Entry(
                    file,
                    Optional.of(name),
                    Optional.of(tenantId),
                    plan.empty() ? Result.IN_SYNC : Result.DRIFTED,
                    Optional.of(plan),
                    Optional.empty(),
                    warnings,
                    jobs.stream().filter(Job::quarantined).toList());
        }

        /** A profile that could not be compared; name and tenant are null when the file did not load. */
        public static Entry failed(String file, String name, String tenantId, Failure failure) {
            return new Entry(
                    file,
                    Optional.ofNullable(name),
                    Optional.ofNullable(tenantId),
                    Result.ERROR,
                    Optional.empty(),
                    Optional.of(failure),
                    List.of(),
                    List.of());
        }

        /** {@code 1 job quarantined}, {@code 2 jobs quarantined}; empty when none is. */
        public Optional<String> quarantinedWords() {
            int n = quarantined.size();
            return n == 0 ? Optional.empty() : Optional.of(n + (n == 1 ? " job" : " jobs") + " quarantined");
        }

        /** The name if known, else the file. */
        public String label() {
            return name.orElse(file);
        }
    }

    public long count(Result result) {
        return entries.stream().filter(e -> e.result() == result).count();
    }

    /** How many jobs are quarantined across the profiles that were read. */
    public long quarantinedJobs() {
        return entries.stream().mapToLong(e -> e.quarantined().size()).sum();
    }

    /**
     * The exit signal of drift (and status): any error, else any quarantined job (sync has stopped), else any drift,
     * else in sync.
     */
    public Signal signal() {
        if (count(Result.ERROR) > 0) {
            return Signal.ERROR;
        }
        if (quarantinedJobs() > 0) {
            return Signal.QUARANTINED;
        }
        return count(Result.DRIFTED) > 0 ? Signal.DRIFTED : Signal.IN_SYNC;
    }

    /** What a run of drift signals, in precedence order: error, quarantined, drifted, in sync. */
    public enum Signal {
        ERROR,
        QUARANTINED,
        DRIFTED,
        IN_SYNC
    }

    /** The worst result: any error, else any drift, else in sync (also for an empty report). */
    public Result overall() {
        if (count(Result.ERROR) > 0) {
            return Result.ERROR;
        }
        return count(Result.DRIFTED) > 0 ? Result.DRIFTED : Result.IN_SYNC;
    }

    /** {@code 50 profiles: 43 in sync, 5 drifted, 2 errors.}, then {@code 1 job quarantined.} when one is. */
    public String summaryLine() {
        long errors = count(Result.ERROR);
        String line = entries.size() + (entries.size() == 1 ? " profile: " : " profiles: ") + count(Result.IN_SYNC)
                + " in sync, " + count(Result.DRIFTED) + " drifted, " + errors + (errors == 1 ? " error." : " errors.");
        long quarantined = quarantinedJobs();
        return quarantined == 0
                ? line
                : line + " " + quarantined + (quarantined == 1 ? " job" : " jobs") + " quarantined.";
    }
}
