package io.github.cloudsync.cli;

import io.github.cloudsync.model.UsageException;
import java.io.PrintWriter;

/**
 * The yes-or-no question before a command that changes a job, as {@code apply} asks it: {@code --auto-approve} answers
 * it; otherwise only a person at a terminal typing {@code yes} does, and without a terminal it is a usage error.
 */
final class Confirmation {
    private Confirmation() {}

    /** True when approved; {@code what} completes "Do you want to ...?". */
    static boolean ask(Terminal terminal, PrintWriter out, boolean autoApprove, String what, String command) {
        if (autoApprove) {
            return true;
        }
        if (!terminal.interactive()) {
            throw new UsageException(
                    command + " asks for confirmation, and stdin is not a terminal",
                    "review the above, then run again with --auto-approve");
        }
        out.println();
        out.println("Do you want to " + what + "?");
        out.println("  Only 'yes' will be accepted to approve.");
        out.print("  Enter a value: ");
        out.flush();
        String answer = terminal.readLine();
        out.println();
        return answer != null && answer.trim().equals("yes");
    }
}
