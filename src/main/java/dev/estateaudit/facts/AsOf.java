package dev.estateaudit.facts;

import java.time.LocalDate;

/**
 * The day a run judges dates as of ({@code --as-of}, else today in UTC): the one fact the dated
 * rules compare support ends and deadlines with, so that the same estate and date always give
 * the same verdicts.
 */
public record AsOf(LocalDate date) {
    public LocalDate getDate() { return date; }
}
