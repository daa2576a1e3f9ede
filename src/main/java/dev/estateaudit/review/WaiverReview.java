package dev.estateaudit.review;

import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RulePhase;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.engine.RuleSession;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.FindingOrder;
import dev.estateaudit.findings.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The review's rule phase: the audit's findings, the waivers and the calendar go into a session of
 * the waiver rules ({@code rules/waivers/}). Those rules decide which waiver covers which finding
 * (an internal rule inserting {@link WaiverCoverage} facts) and report expired, expiring and unused
 * waivers as findings like any other.
 */
public final class WaiverReview {

    private WaiverReview() {
    }

    /** The built-in waiver rules' descriptors, reported among the rules of every run. */
    public static List<RuleDescriptor> rules() {
        return RuleBase.builtin(RulePhase.WAIVERS).rules();
    }

    /** The audit with waivers applied; the waiver rules' findings are added in the report's order. */
    public static ReviewedResult review(AuditResult audit, WaiverSet waivers, RuleSelection selection) {
        List<RuleDescriptor> rules = Stream.concat(audit.rules().stream(),
                        rules().stream().filter(r -> selection.selects(r.id())))
                .sorted(Comparator.comparing(RuleDescriptor::id)).toList();
        List<Finding> findings = audit.findings();
        if (waivers.isEmpty()) {
            return new ReviewedResult(audit.estate(), rules, findings.stream().map(ReviewedFinding::of).toList(),
                    audit.notEvaluated(), null, List.of(), audit.judgedAgainst());
        }
        RuleSession.Outcome outcome = RuleSession.of(RuleBase.builtin(RulePhase.WAIVERS)).selecting(selection).run(session -> {
            session.accept(waivers.calendar());
            waivers.waivers().forEach(session);
            rules.forEach(rule -> session.accept(new RuleInRun(rule.id())));
            for (int i = 0; i < findings.size(); i++) {
                session.accept(new ReportedFinding(i, findings.get(i)));
            }
        }, fact -> fact instanceof WaiverCoverage);
        Map<Integer, Waiver> coverage = new TreeMap<>();
        for (Object fact : outcome.collected()) {
            WaiverCoverage c = (WaiverCoverage) fact;
            // two waivers covering one finding: the one written first in the file is shown
            coverage.merge(c.getFinding().getIndex(), c.getWaiver(),
                    (a, b) -> waivers.waivers().indexOf(a) <= waivers.waivers().indexOf(b) ? a : b);
        }
        List<ReviewedFinding> reviewed = new ArrayList<>(findings.size() + outcome.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            reviewed.add(new ReviewedFinding(findings.get(i), coverage.get(i), null));
        }
        FindingOrder order = new FindingOrder(audit.estate());
        order.arrange(outcome.findings()).forEach(f -> reviewed.add(ReviewedFinding.of(f)));
        return new ReviewedResult(audit.estate(), rules, order.sortedUnique(reviewed, ReviewedFinding::finding),
                audit.notEvaluated(), null, List.of(), audit.judgedAgainst());
    }
}
