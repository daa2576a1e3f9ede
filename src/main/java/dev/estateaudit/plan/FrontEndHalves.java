package dev.estateaudit.plan;

import java.util.List;

/**
 * Splits a zone's enabled front ends in two for a zero-downtime upgrade: the first half is taken
 * out of the load balancer and upgraded while the second keeps serving, then they swap.
 */
public record FrontEndHalves(List<String> first, List<String> second) {

    /** Splits the names, sorted, so the sequence never depends on the order rules matched them. */
    public static FrontEndHalves of(List<?> names) {
        List<String> frontEnds = names.stream().map(String::valueOf).sorted().toList();
        int half = (frontEnds.size() + 1) / 2;
        return new FrontEndHalves(List.copyOf(frontEnds.subList(0, half)), List.copyOf(frontEnds.subList(half, frontEnds.size())));
    }

    public String firstNames() {
        return String.join(", ", first);
    }
}
