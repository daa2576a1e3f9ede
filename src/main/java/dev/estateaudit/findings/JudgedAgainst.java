package dev.estateaudit.findings;

import dev.estateaudit.estate.Version;
import dev.estateaudit.knowledge.PlatformKnowledge;
import java.time.LocalDate;

/**
 * What a run's verdicts were judged against: the day dated rules and waivers were judged as of,
 * and the platform catalogue ({@code built-in} or the --knowledge file's path) with the span of
 * versions it covers. Every report says it, so that a reader can tell why two runs differ.
 */
public record JudgedAgainst(LocalDate asOf, String catalogue, Version from, Version horizon) {

    public static JudgedAgainst of(LocalDate asOf, PlatformKnowledge knowledge) {
        return new JudgedAgainst(asOf, knowledge.origin(), knowledge.horizon().since(), knowledge.horizon().horizon());
    }

    /** The header line of the text, Markdown and HTML reports. */
    public String describe() {
        return "as of " + asOf + "; platform catalogue: " + catalogue + ", horizon " + horizon;
    }
}
