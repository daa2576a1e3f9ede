package dev.estateaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** check's options for living with findings: config, waivers, baseline and rule selection. */
public final class FindingLifeOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Defaults for these options (default: estate-audit.yaml in the working directory, if present). See docs/configuration.md.")
    Path config;

    @Option(names = "--trust-config-rules",
            description = "Run the rules: folders of an estate-audit.yaml found in the working directory (rules are code; "
                    + "a config named with --config is trusted already).")
    boolean trustConfigRules;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers (YAML or JSON): accepted findings with owner, justification and expiry; they do not count toward the gate.")
    Path waivers;

    @Option(names = "--waiver-warning-days", paramLabel = "N",
            description = "Report a waiver as expiring this many days before its expiry (default: 14).")
    Integer waiverWarningDays;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge support ends and waiver expiry as of this day (YYYY-MM-DD) instead of today (UTC), for reproducible runs.")
    String asOf;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON report: each finding is marked new or unchanged, and fixed ones are listed.")
    Path baseline;

    @Option(names = "--gate", paramLabel = "SCOPE",
            description = "Which findings can fail the gate: all (default), or new (those not in --baseline).")
    String gate;

    @Option(names = "--only", paramLabel = "RULE",
            description = "Run only these rules: ids or globs such as debug-* (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "RULE",
            description = "Do not run these rules: ids or globs (repeatable).")
    List<String> skip = new ArrayList<>();
}
