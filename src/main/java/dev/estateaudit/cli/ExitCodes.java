package dev.estateaudit.cli;

/** The process exit codes, a contract with the pipelines that run estate-audit. */
public final class ExitCodes {

    /** The audit ran and the gate passed. */
    public static final int OK = 0;
    /** The audit ran and a finding at or above --fail-on failed the gate. */
    public static final int GATE_FAILED = 1;
    /** Bad input or usage: an unreadable estate, a broken rule file, an unknown option. */
    public static final int BAD_INPUT = 2;
    /** A bug in estate-audit itself. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
