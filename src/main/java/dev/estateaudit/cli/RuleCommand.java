package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import picocli.CommandLine.Mixin;

/** A subcommand that runs or lists rules: the built-in ones and the user's --rules folders. */
abstract class RuleCommand extends CommandBase {

    @Mixin
    RuleOptions rules = new RuleOptions();

    AuditEngine engine() {
        return rules.engine(environment, err());
    }
}
