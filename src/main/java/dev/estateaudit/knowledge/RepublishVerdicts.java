package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;
import java.util.List;
import java.util.Optional;

/**
 * An upgrade gets one republishing verdict per engine: two catalogue entries whose source and target ranges
 * both overlap would give one jump two answers (e.g. "recommended" beside "not mandatory").
 */
final class RepublishVerdicts {

    private RepublishVerdicts() {
    }

    /** The first pair of entries (earlier index, later index) that would both apply to some jump. */
    static Optional<int[]> overlap(List<RepublishRequirement> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                RepublishRequirement a = entries.get(j);
                RepublishRequirement b = entries.get(i);
                if (enginesMeet(a, b) && meet(a.sourceFrom(), a.sourceUntil(), b.sourceFrom(), b.sourceUntil())
                        && meet(a.targetFrom(), a.targetUntil(), b.targetFrom(), b.targetUntil())) {
                    return Optional.of(new int[] {j, i});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Two verdicts for every engine meet; two for some engines meet when they share one. A verdict
     * for some engines beside one for every engine is no contradiction: the rules take the one for
     * the environment's engine first (Oracle going to 11.12.x).
     */
    private static boolean enginesMeet(RepublishRequirement a, RepublishRequirement b) {
        if (a.isForEveryEngine() || b.isForEveryEngine()) {
            return a.isForEveryEngine() && b.isForEveryEngine();
        }
        return a.databaseProviders().stream().anyMatch(b.databaseProviders()::contains);
    }

    /** Whether half-open ranges [fromA, untilA) and [fromB, untilB) meet; a null bound is open. */
    private static boolean meet(Version fromA, Version untilA, Version fromB, Version untilB) {
        boolean aEndsAfterBStarts = untilA == null || fromB == null || untilA.isNewerThan(fromB);
        boolean bEndsAfterAStarts = untilB == null || fromA == null || untilB.isNewerThan(fromA);
        return aEndsAfterBStarts && bEndsAfterAStarts;
    }
}
