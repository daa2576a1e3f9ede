package dev.estateaudit.cli;

import dev.estateaudit.engine.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built-in rules, plus the user's --rules folders compiled at run time when given. */
final class RuleBases {

    private RuleBases() {
    }

    static List<RuleBase> of(List<Path> userFolders) {
        List<RuleBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtin());
        if (!userFolders.isEmpty()) {
            bases.add(RuleBase.compile(userFolders));
        }
        return bases;
    }
}
