package dev.estateaudit.report;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.LifeTime;
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

    public record Link(int x1, int y1, int x2, int y2) {
    }

    public final List<Box> environments = new ArrayList<>();
    public final List<Arrow> arrows = new ArrayList<>();
    public final List<Link> links = new ArrayList<>();
    public final Box lifetime;
    public final boolean hasLifetime;
    public final int width;
    public final int height;

    /** @param lifetimeLabel LifeTime's box; not read when the estate has no LifeTime */
    StagingDiagram(Estate estate, Function<EstateEnvironment, Label> environmentLabel, Function<LifeTime, Label> lifetimeLabel) {
        List<EstateEnvironment> ordered = new ArrayList<>(estate.getEnvironments());
        ordered.sort(Comparator.comparing(EstateEnvironment::getOrder, Comparator.nullsLast(Comparator.naturalOrder())));
        int x = MARGIN;
        for (EstateEnvironment e : ordered) {
            Label label = environmentLabel.apply(e);
            environments.add(new Box(e.getName(), label.detail(), label.note(), label.worst(), label.tooltip(), x, ENVIRONMENT_Y, BOX_WIDTH, x + BOX_WIDTH / 2));
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
        height = ENVIRONMENT_Y + 80;
    }
}
