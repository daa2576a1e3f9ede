package dev.estateaudit.facts;

import dev.estateaudit.estate.LifeTime;

/**
 * Two environments that follow each other in the staging order (LifeTime's Order), personal
 * environments left out. Derived when facts are inserted so that rules compare neighbours with
 * indexed joins instead of searching for "no environment in between".
 */
public record StagingStep(String from, String to) {
    public String getFrom() { return from; }
    public String getTo() { return to; }
}
