package dev.estateaudit.review;

import java.util.List;

/** The waivers of one run and the calendar they are judged by. */
public record WaiverSet(List<Waiver> waivers, WaiverCalendar calendar) {

    public static final WaiverSet NONE = new WaiverSet(List.of(), null);

    public WaiverSet {
        waivers = List.copyOf(waivers);
    }

    public boolean isEmpty() {
        return waivers.isEmpty();
    }
}
