package io.github.cloudsync.plan;

import io.github.cloudsync.diff.UnmanagedMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of actions plus notices that need a person (a quarantined job, a key Graph will not show), and the
 * attribute mappings that differ from the template's default without being named by a named-mode profile (reported,
 * never changed). Action addresses are unique within a plan.
 */
public record Plan(List<Action> actions, List<Notice> notices, List<UnmanagedMapping> unmanagedMappings) {
    public Plan {
        actions = List.copyOf(actions);
        notices = List.copyOf(notices);
        unmanagedMappings = List.copyOf(unmanagedMappings);
        Set<String> seen = new HashSet<>();
        for (Action action : actions) {
            if (!seen.add(action.address())) {
                throw new IllegalArgumentException("two actions share the address " + action.address());
            }
        }
    }

    /** A plan without unmanaged mappings. */
    public Plan(List<Action> actions, List<Notice> notices) {
        this(actions, notices, List.of());
    }

    /** A plan with no actions and no notices. */
    public static Plan none() {
        return new Plan(List.of(), List.of());
    }

    /** No actions: the live state matches the profile (notices may still be present). */
    public boolean empty() {
        return actions.isEmpty();
    }

    /** The actions that change the whole tenant destructively (apply refuses them without an explicit flag). */
    public List<Action> tenantWideDestructive() {
        return actions.stream().filter(Action::tenantWideDestructive).toList();
    }

    /** Actions that create something (Terraform's "to add"). */
    public long toAdd() {
        return count(Action.Kind.CREATE);
    }

    /** Actions that change something in place, starts and pauses included (Terraform's "to change"). */
    public long toChange() {
        return count(Action.Kind.UPDATE) + count(Action.Kind.START) + count(Action.Kind.PAUSE);
    }

    /** Actions that delete something (Terraform's "to destroy"). */
    public long toDestroy() {
        return count(Action.Kind.DELETE);
    }

    private long count(Action.Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).count();
    }

    /**
     * Something the plan cannot fix by itself, with the command or step that would: at an address, about a typed
     * subject that {@code render} words.
     */
    public record Notice(String address, NoticeSubject subject) {
        public Notice {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(subject, "subject");
        }

        /** A notice worded where it is made. */
        public Notice(String address, String message, String whatToDo) {
            this(address, new NoticeSubject.Worded(message, whatToDo));
        }
    }
}
