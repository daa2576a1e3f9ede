package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleCache;
import dev.estateaudit.engine.RuleLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that lists or runs rules: the user's rule folders and where their
 * compiled form is cached. The built-in rules always come first. Commands that only list rules
 * ({@code rules}, {@code explain}) take these alone; those that run them take {@link RuleOptions},
 * which adds the bounds on running the user's rules.
 */
public class RuleFolderOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of your own .drl rules, used beside the built-in ones (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled --rules folders are kept between runs (default: $ESTATE_AUDIT_CACHE, else $XDG_CACHE_HOME/estate-audit, else ~/.cache/estate-audit).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile --rules folders afresh, without reading or writing the cache.")
    boolean noCache;

    /** The engine over the built-in rules and {@code folders}, the user's rules bounded by {@code limits} when they run. */
    AuditEngine engine(List<Path> folders, Map<String, String> environment, PrintWriter err, RuleLimits limits) {
        List<RuleBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtin());
        if (!folders.isEmpty()) {
            bases.add(RuleBase.compile(folders, cache(environment, err), limits));
        }
        return new AuditEngine(bases);
    }

    /** The engine to list the rules from: nothing runs, so no bounds are asked for. */
    AuditEngine listing(Map<String, String> environment, PrintWriter err) {
        return engine(ruleFolders, environment, err, RuleLimits.DEFAULT);
    }

    private RuleCache cache(Map<String, String> environment, PrintWriter err) {
        if (noCache) {
            return RuleCache.none();
        }
        return RuleCache.in(cacheDir != null ? cacheDir : RuleCache.defaultDirectory(environment),
                warning -> err.println("estate-audit: warning: " + warning));
    }
}
