package dev.estateaudit.report;

import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One folded section of the HTML report: a rule's findings in one environment, grouped as the text
 * report groups them. A large group lists its first few findings and counts the rest, so a page of
 * a 100k-finding estate stays a few thousand elements; the JSON report keeps every finding.
 */
public final class HtmlFindingGroup {

    public final String severity;
    public final String environment;
    public final String ruleId;
    public final String title;
    public final int count;
    public final List<HtmlReportModel.FindingView> findings = new ArrayList<>();
    public final int unlisted;
    public final boolean hasUnlisted;
    /** Errors are open; other groups start folded. */
    public final boolean open;
    /** Every status of the group's findings, for the status filter. */
    public final String status;

    HtmlFindingGroup(FindingGroups.Group<ReviewedFinding> group) {
        ReviewedFinding first = group.items().get(0);
        severity = first.severity().label();
        environment = HtmlReportModel.environmentOf(first);
        ruleId = first.ruleId();
        title = first.rule().title();
        count = group.items().size();
        Set<String> statuses = new LinkedHashSet<>();
        for (ReviewedFinding f : group.shown(false)) {
            HtmlReportModel.FindingView view = new HtmlReportModel.FindingView(f);
            findings.add(view);
            statuses.addAll(List.of(view.status.split(" ")));
        }
        statuses.remove("");
        unlisted = count - findings.size();
        hasUnlisted = unlisted > 0;
        open = first.severity() == Severity.ERROR;
        status = String.join(" ", statuses);
    }

    /** The report's findings as groups: by severity, then environment in report order, then rule. */
    static List<HtmlFindingGroup> of(List<ReviewedFinding> findings) {
        List<HtmlFindingGroup> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<ReviewedFinding> ofSeverity = findings.stream().filter(f -> f.severity() == severity).toList();
            FindingGroups.of(ofSeverity, f -> f.subject().environment(), ReviewedFinding::ruleId)
                    .values().forEach(rules -> rules.forEach(g -> groups.add(new HtmlFindingGroup(g))));
        }
        return groups;
    }
}
