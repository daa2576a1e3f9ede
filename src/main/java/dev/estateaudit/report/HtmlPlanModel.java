package dev.estateaudit.report;

import dev.estateaudit.plan.PlanLink;
import dev.estateaudit.plan.PlanPhase;
import dev.estateaudit.plan.PlanStep;
import dev.estateaudit.plan.PlannedEnvironment;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.plan.UpgradeSlot;
import dev.estateaudit.util.ToolVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What html-plan.mustache shows, computed here so the template stays logic-less: the staging
 * diagram with each environment's place in the order and strategy, the order, then the checklist
 * of the four phases. Every string is raw; the template escapes it.
 */
public final class HtmlPlanModel {

    public final String title;
    public final String files;
    /** "as of 2026-12-07; platform catalogue: built-in, horizon 11.43.0". */
    public final String judgedAgainst;
    public final String tool;
    public final boolean blocked;
    public final String blockedHeading;
    public final List<String> blocking;
    public final String counts;
    public final StagingDiagram diagram;
    public final List<String> order = new ArrayList<>();
    public final List<Phase> phases = new ArrayList<>();

    HtmlPlanModel(UpgradePlan plan, String toolVersion) {
        title = PlanWording.title(plan);
        files = String.join(", ", plan.files());
        judgedAgainst = plan.judgedAgainst().describe();
        tool = ToolVersion.NAME + " " + toolVersion;
        blocked = plan.blocked();
        blockedHeading = blocked ? PlanWording.blockedHeading(plan) : null;
        blocking = plan.blocking().stream().map(PlanWording::finding).toList();
        counts = plan.warnings() + " warnings, " + plan.notEvaluated() + " checks not evaluated";
        Map<String, Integer> places = new HashMap<>();
        Map<String, PlannedEnvironment> planned = new HashMap<>();
        for (PlannedEnvironment e : plan.order()) {
            places.put(e.name(), places.size() + 1);
            planned.put(e.name(), e);
            order.add(PlanWording.orderLine(e)); // the basis is the tool's reasoning: JSON keeps it
        }
        diagram = new StagingDiagram(plan.input(), e -> label(places.get(e.getName()), planned.get(e.getName()), plan),
                lt -> label(places.get(UpgradeSlot.LIFETIME), planned.get(UpgradeSlot.LIFETIME), plan));
        for (PlanPhase phase : PlanWording.phases()) {
            phases.add(new Phase(PlanWording.numbered(phase), groups(plan.steps(phase))));
        }
    }

    /** "2 · zero-downtime" under "11.18.0 → 11.31.0"; red when a blocking finding names the environment. */
    private static StagingDiagram.Label label(Integer place, PlannedEnvironment e, UpgradePlan plan) {
        if (e == null) {
            return new StagingDiagram.Label("", "", "info", "not in the plan");
        }
        String detail = e.upToDate() ? e.platformVersion() + ", on the target" : e.platformVersion() + " \u2192 " + plan.target();
        String note = place + (e.strategy() == null ? "" : " \u00b7 " + e.strategy());
        boolean lifetime = UpgradeSlot.LIFETIME.equals(e.name());
        boolean blockedHere = plan.blocking().stream().anyMatch(f -> lifetime ? "lifetime".equals(f.getCategory())
                : e.name().equals(f.getEnvironment()));
        return new StagingDiagram.Label(detail, note, blockedHere ? "error" : "ok", place + ". " + PlanWording.orderLine(e));
    }

    private static List<Group> groups(List<PlanStep> steps) {
        List<Group> groups = new ArrayList<>();
        for (PlanStep step : steps) {
            String name = PlanWording.group(step);
            if (groups.isEmpty() || !Objects.equals(groups.get(groups.size() - 1).name, name)) {
                groups.add(new Group(name, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).steps.add(new Step(step));
        }
        return groups;
    }

    /** A tick box's key (what it says, under its step) and its text as HTML. */
    public record Item(String key, String html) {
    }

    public record Phase(String title, List<Group> groups) {
    }

    public record Group(String name, List<Step> steps) {
    }

    /** A step; its text, details and notes as HTML from their inline Markdown, each tick box keyed by its text. */
    public static final class Step {
        public final String text;
        public final String html;
        public final List<Item> details;
        public final List<String> notes;
        public final List<PlanLink> links;
        public final boolean hasMore;

        Step(PlanStep step) {
            text = step.text();
            html = InlineMarkdown.toHtml(step.text());
            details = step.details().stream().map(d -> new Item(step.text() + "\u0000" + d, InlineMarkdown.toHtml(d))).toList();
            notes = step.notes().stream().map(InlineMarkdown::toHtml).toList();
            links = step.links();
            hasMore = !details.isEmpty() || !notes.isEmpty() || !links.isEmpty();
        }
    }
}
