package io.github.cloudsync.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule that a command that only reads cannot reach a writer: from every method of the command, it follows the calls
 * (and method references, lambdas, and every method of a class whose constructor is reached) into our own code outside
 * {@code graph}, and reports each reached method that mentions {@code GraphWriter} or the writing {@code GraphSession}
 * (as a parameter, a return value, or the owner or result of something it calls).
 */
final class ReadOnlyCommands {
    /** The picocli names of the commands that only read. */
    static final Set<String> NAMES = Set.of("plan", "drift", "status", "validate", "import");

    private static final String COMMAND = "picocli.CommandLine$Command";
    private static final Set<String> WRITING =
            Set.of(ArchitectureRules.ROOT + ".graph.GraphWriter", ArchitectureRules.ROOT + ".graph.GraphSession");

    private ReadOnlyCommands() {}

    /** A class annotated {@code @Command} with one of {@link #NAMES}. */
    static final DescribedPredicate<JavaClass> COMMANDS = DescribedPredicate.describe(
            "are read-only commands " + NAMES,
            c -> name(c).filter(NAMES::contains).isPresent());

    /** The picocli command name of {@code c}, if it is a command. */
    static Optional<String> name(JavaClass c) {
        return c.tryGetAnnotationOfType(COMMAND).flatMap(a -> a.get("name")).map(String::valueOf);
    }

    static final ArchCondition<JavaClass> REACH_NO_WRITER =
            new ArchCondition<>("reach no GraphWriter and no GraphSession through what they call") {
                @Override
                public void check(JavaClass command, ConditionEvents events) {
                    for (String violation : violations(command)) {
                        events.add(SimpleConditionEvent.violated(command, violation));
                    }
                }
            };

    private static List<String> violations(JavaClass command) {
        Set<JavaCodeUnit> reached = new LinkedHashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        for (JavaClass c : command.getPackage().getClasses()) {
            if (c.equals(command) || c.getName().startsWith(command.getName() + "$")) {
                c.getCodeUnits().forEach(u -> reach(u, reached, todo));
            }
        }
        List<String> violations = new ArrayList<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            Set<String> mentioned = new LinkedHashSet<>();
            mentioned.add(unit.getRawReturnType().getName());
            unit.getRawParameterTypes().forEach(t -> mentioned.add(t.getName()));
            for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                mentioned.add(access.getTargetOwner().getName());
                if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target) {
                    mentioned.add(target.getRawReturnType().getName());
                    target.resolveMember().filter(ReadOnlyCommands::followed).ifPresent(u -> reach(u, reached, todo));
                }
            }
            mentioned.stream()
                    .filter(WRITING::contains)
                    .forEach(type -> violations.add("the " + name(command).orElseThrow() + " command "
                            + command.getSimpleName() + " reaches " + type + " in " + unit.getFullName()));
        }
        return violations;
    }

    /** Adds {@code unit}, the lambdas written in it, and all of its class when it is a constructor. */
    private static void reach(JavaCodeUnit unit, Set<JavaCodeUnit> reached, Deque<JavaCodeUnit> todo) {
        if (!reached.add(unit)) {
            return;
        }
        todo.add(unit);
        JavaClass owner = unit.getOwner();
        String lambdas = "lambda$"
                + (unit.isConstructor() ? "new" : unit.getName().equals("<clinit>") ? "static" : unit.getName()) + "$";
        for (JavaCodeUnit other : owner.getCodeUnits()) {
            if (other.getName().startsWith(lambdas) || unit.isConstructor()) {
                reach(other, reached, todo);
            }
        }
    }

    /** Our code outside graph (the seam itself, whose types are what is checked) and the emulator. */
    private static boolean followed(JavaCodeUnit unit) {
        String pkg = unit.getOwner().getPackageName();
        return pkg.startsWith(ArchitectureRules.ROOT)
                && !pkg.startsWith(ArchitectureRules.ROOT + ".graph")
                && !pkg.startsWith(ArchitectureRules.ROOT + ".emulator");
    }
}
