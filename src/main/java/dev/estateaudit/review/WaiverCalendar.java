package dev.estateaudit.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "Today" for the waiver rules ({@code --as-of}, or the clock), and how far ahead an expiry is
 * announced ({@code --waiver-warning-days}). A fact, so the rules, not Java, compare dates.
 */
public final class WaiverCalendar {

    public static final int DEFAULT_WARNING_DAYS = 14;

    private final LocalDate today;
    private final int warningDays;

    public WaiverCalendar(LocalDate today, int warningDays) {
        if (warningDays < 0) {
            throw new IllegalArgumentException("the waiver warning days cannot be negative: " + warningDays);
        }
        this.today = today;
        this.warningDays = warningDays;
    }

    public LocalDate getToday() { return today; }
    public int getWarningDays() { return warningDays; }

    /** The last expiry date that is announced as coming: today plus the warning days. */
    public LocalDate getWarningHorizon() {
        return today.plusDays(warningDays);
    }

    public long daysUntil(LocalDate date) {
        return ChronoUnit.DAYS.between(today, date);
    }
}
