package dev.estateaudit.plan;

import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The zero-downtime sequence of "Upgrade OutSystems platform" (section "Zero-downtime upgrade"),
 * written with one environment's own zones and front ends: half of each zone's enabled front
 * ends is upgraded while the other half serves, then they swap. Zones and names are sorted so the
 * text never depends on the order rules matched them.
 */
public final class ZeroDowntimeSequence {

    private final List<String> zones = new ArrayList<>();
    private final List<String> firstByZone = new ArrayList<>();
    private final List<String> first = new ArrayList<>();
    private final List<String> second = new ArrayList<>();
    private final List<String> all = new ArrayList<>();
    private final List<String> disabled = new ArrayList<>();

    private ZeroDowntimeSequence(List<Zone> environmentZones) {
        for (Zone zone : environmentZones.stream().sorted(Comparator.comparing(Zone::getName)).toList()) {
            FrontEndHalves halves = FrontEndHalves.of(zone.getFrontEnds().stream().filter(FrontEnd::isActive).map(FrontEnd::getName).toList());
            zones.add(zone.getName());
            firstByZone.add("zone " + zone.getName() + ": " + halves.firstNames());
            first.addAll(halves.first());
            second.addAll(halves.second());
            zone.getFrontEnds().stream().filter(f -> !f.isActive()).map(f -> f.getName() + " (zone " + zone.getName() + ")").sorted()
                    .forEach(disabled::add);
        }
        all.addAll(first);
        all.addAll(second);
        all.sort(Comparator.naturalOrder());
    }

    public static ZeroDowntimeSequence of(List<?> zones) {
        return new ZeroDowntimeSequence(zones.stream().map(Zone.class::cast).toList());
    }

    public String zoneNames() {
        return String.join(", ", zones);
    }

    /** The guide's seven steps, each naming this environment's servers. */
    public List<String> steps() {
        String rest = String.join(", ", second);
        String upgraded = String.join(", ", first);
        return List.of(
                "In Service Center, disable the front-end servers (" + String.join(", ", all) + ").",
                "Upgrade the Platform Server on the controller node (the deployment controller).",
                "In the load balancer, disconnect half of the front ends of each zone (" + String.join("; ", firstByZone) + "); "
                        + rest + " keep serving users.",
                "Upgrade " + upgraded + ", then enable them again in Service Center.",
                "Switch the load balancer's active front ends to the upgraded ones (" + upgraded + "), taking " + rest + " out.",
                "Upgrade the remaining front ends (" + rest + ").",
                "Reconnect all front ends to the load balancer (" + String.join(", ", all) + ").");
    }

    /** Disabled front ends, which the sequence leaves out. */
    public List<String> disabled() {
        return List.copyOf(disabled);
    }
}
