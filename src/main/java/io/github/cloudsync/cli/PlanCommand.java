package io.github.cloudsync.cli;

import picocli.CommandLine.Command;

/** `cloudsync plan`: Show what apply would change in the tenant. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what apply would change in the tenant.")
final class PlanCommand extends NotImplemented {}
