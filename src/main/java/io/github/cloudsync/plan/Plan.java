package io.github.cloudsync.plan;

import java.util.List;

/** An ordered list of actions plus notices that need a person (a quarantined job, a key Graph will not show). */
public record Plan(List<Action> actions, List<Notice> notices) {
    public Plan {
        actions = List.copyOf(actions);
        notices = List.copyOf(notices);
    }

    public boolean empty() {
        return actions.isEmpty();
    }

    /** Something the plan cannot fix by itself, with the command or step that would. */
    public record Notice(String address, String message, String whatToDo) {}
}
