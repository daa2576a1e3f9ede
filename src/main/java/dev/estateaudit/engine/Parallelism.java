package dev.estateaudit.engine;

/**
 * Whether an audit uses a second core: an estate of {@code fromModules} to {@code upToModules}
 * modules has the built-in rules run in two sessions side by side (see {@link RuleShards}). A
 * smaller estate is audited in one session: there, building and filling a second one costs more
 * than it saves.
 */
public record Parallelism(int fromModules, int upToModules) {

    /**
     * Measured on two cores (docs/benchmarks.md): 100k modules are audited 0.2 s sooner in two
     * sessions, 30k about as soon, and 10k 0.1 s later, the second session's set-up not yet repaid.
     */
    private static final int FROM_MODULES = 50_000;
    /**
     * Beyond, one session again: at a million modules two sessions raised the peak memory by a
     * third and gained no time on two busy cores (docs/benchmarks.md).
     */
    private static final int UP_TO_MODULES = 250_000;

    /** One session, whatever the estate. */
    public static final Parallelism NONE = new Parallelism(Integer.MAX_VALUE, Integer.MAX_VALUE);

    /** Two sessions for every estate of at least {@code fromModules} modules, whatever the machine (for tests). */
    public static Parallelism from(int fromModules) {
        return new Parallelism(fromModules, Integer.MAX_VALUE);
    }

    /** Two sessions for a large estate when the machine has two cores or more. */
    public static Parallelism ofMachine() {
        return Runtime.getRuntime().availableProcessors() >= 2 ? new Parallelism(FROM_MODULES, UP_TO_MODULES) : NONE;
    }

    boolean splits(long modules) {
        return modules >= fromModules && modules <= upToModules;
    }

    /** Whether estate files of this size probably hold enough modules to split (a module takes 200 to 300 bytes of JSON or YAML). */
    public boolean expectsSplit(long estateBytes) {
        return splits(estateBytes / 200);
    }
}
