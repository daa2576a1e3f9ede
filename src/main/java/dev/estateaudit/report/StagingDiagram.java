package dev.estateaudit.report;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The staging diagram every HTML page draws (template partial staging-diagram.mustache): the
 * environments in staging order (LifeTime's Order, unordered ones after, in estate order), LifeTime
 * above them, linked to each. What each box says and its colour come from the page: the report
 * colours by worst finding, the plan writes each environment's place in the order and strategy.
 */
public final class StagingDiagram {

    private static final int BOX_WIDTH = 170;
    private static final int BOX_GAP = 44;
    private static final int MARGIN = 16;
    private static final int ENVIRONMENT_Y = 120;
    private static final int ZONE_HEIGHT = 38;

    /** The two lines under a box's name, its colour class (error, warning, info, ok) and what hovering it says. */
    public record Label(String detail, String note, String worst, String tooltip) {
    }

    /** One box of the diagram. */
    public record Box(String name, String detail, String note, String worst, String tooltip, int x, int y, int width, int centreX) {
        public int nameY() {
            return y + 22;
        }

        public int detailY() {
            return y + 40;
        }

        public int noteY() {
            return y + 55;
        }
    }

    public record Arrow(int x1, int x2, int y) {
    }

    /** A deployment zone under its environment's box, with the front ends that serve it. */
    public record ZoneBox(String name, String frontEnds, String tooltip, int x, int y, int width, int textX) {
        public int nameY() {
            return y + 15;
        }

        public int frontEndsY() {
            return y + 30;
        }
    }

    /** The planned upgrade strategy, written under an environment's box. */
    public record Caption(String text, int x, int y) {
    }

    public record Link(int x1, int y1, int x2, int y2) {
    }

    public final List<Box> environments = new ArrayList<>();
    public final List<Arrow> arrows = new ArrayList<>();
    public final List<Link> links = new ArrayList<>();
    public final List<ZoneBox> zones = new ArrayList<>();
    public final List<Caption> strategies = new ArrayList<>();
    public final Box lifetime;
    public final boolean hasLifetime;
    public final int width;
    public final int height;

    /** @param lifetimeLabel LifeTime's box; not read when the estate has no LifeTime */
    StagingDiagram(Estate estate, Function<EstateEnvironment, Label> environmentLabel, Function<LifeTime, Label> lifetimeLabel) {
        List<EstateEnvironment> ordered = new ArrayList<>(estate.getEnvironments());
        ordered.sort(Comparator.comparing(EstateEnvironment::getOrder, Comparator.nullsLast(Comparator.naturalOrder())));
        int x = MARGIN;
        int bottom = ENVIRONMENT_Y + 64;
        for (EstateEnvironment e : ordered) {
            Label label = environmentLabel.apply(e);
            environments.add(new Box(e.getName(), label.detail(), label.note(), label.worst(), label.tooltip(), x, ENVIRONMENT_Y, BOX_WIDTH, x + BOX_WIDTH / 2));
            bottom = Math.max(bottom, addZones(e, x));
            x += BOX_WIDTH + BOX_GAP;
        }
        for (int i = 1; i < environments.size(); i++) {
            Box from = environments.get(i - 1);
            arrows.add(new Arrow(from.x() + BOX_WIDTH + 4, environments.get(i).x() - 6, ENVIRONMENT_Y + 32));
        }
        width = Math.max(x - BOX_GAP + MARGIN, BOX_WIDTH + 2 * MARGIN);
        LifeTime lt = estate.getLifetime();
        hasLifetime = lt != null;
        if (lt != null) {
            Label label = lifetimeLabel.apply(lt);
            int ltX = (width - BOX_WIDTH) / 2;
            lifetime = new Box("LifeTime", label.detail(), label.note(), label.worst(), label.tooltip(), ltX, 10, BOX_WIDTH, ltX + BOX_WIDTH / 2);
            environments.forEach(b -> links.add(new Link(lifetime.centreX(), 74, b.centreX(), ENVIRONMENT_Y)));
        } else {
            lifetime = null;
        }
        height = bottom + 16;
    }

    /**
     * Under an environment's box: its planned strategy, then each zone with its front ends (or, when
     * zones are not listed, LifeTime's count of front ends). Returns how far down they reach.
     */
    private int addZones(EstateEnvironment e, int x) {
        int y = ENVIRONMENT_Y + 64 + 18;
        strategies.add(new Caption(e.getUpgradeStrategy() == null ? "strategy: not set" : e.getUpgradeStrategy().label()
                + " upgrade", x + BOX_WIDTH / 2, y));
        y += 10;
        if (e.getZones().isEmpty()) {
            String count = e.getFrontEndCount() == null ? "front ends: not listed" : "front ends: " + e.getFrontEndCount();
            zones.add(new ZoneBox("zones not listed", count, e.getName() + ": " + count, x, y, BOX_WIDTH, x + BOX_WIDTH / 2));
            return y + ZONE_HEIGHT;
        }
        for (Zone zone : e.getZones()) {
            List<String> names = zone.getFrontEnds().stream().map(f -> f.isActive() ? f.getName() : f.getName() + " (off)").toList();
            // names while they fit the box (about 26 characters); a count beyond, the names in the tooltip
            String frontEnds = names.isEmpty() ? "no front ends" : String.join(", ", names).length() > 26
                    ? names.size() + " front ends, " + zone.getEnabledFrontEndCount() + " enabled" : String.join(", ", names);
            zones.add(new ZoneBox(zone.getName(), frontEnds, e.getName() + " / " + zone.getName() + ": " + String.join(", ", names),
                    x, y, BOX_WIDTH, x + BOX_WIDTH / 2));
            y += ZONE_HEIGHT + 6;
        }
        return y;
    }
}
