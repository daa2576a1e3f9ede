package dev.estateaudit.cli;

import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built-in rules, plus the user's --rules folders compiled at run time when given. */
final class RuleBases {

    private RuleBases() {
    }

    static List<RuleBase> of(List<Path> userFolders) {
        return of(userFolders, RuleCache.none());
    }

    /** User folders are compiled once and then read from the cache while their files stay the same. */
    static List<RuleBase> of(List<Path> userFolders, RuleCache cache) {
        List<RuleBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtin());
        if (!userFolders.isEmpty()) {
            bases.add(RuleBase.compile(userFolders, cache));
        }
        return bases;
    }
}
