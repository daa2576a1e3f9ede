package dev.estateaudit.engine;

import dev.estateaudit.waivers.ReportedFinding;
import dev.estateaudit.waivers.RuleInRun;
import dev.estateaudit.waivers.Waiver;
import dev.estateaudit.waivers.WaiverCoverage;
import dev.estateaudit.waivers.WaiverSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The audit's second phase: the findings of the first, the waivers and the calendar go into a
 * session of the built-in rule base where only the rules of {@code rules/waivers/} may fire. Those
 * rules decide which waiver covers which finding (an internal rule inserting {@link WaiverCoverage}
 * facts) and report expired, expiring and unused waivers as findings like any other.
 */
final class WaiverReview {

    static final String WAIVER_RULES_PACKAGE = "estateaudit.rules.waivers";

    private WaiverReview() {
    }

    static boolean isWaiverRule(Rule rule) {
        return WAIVER_RULES_PACKAGE.equals(rule.getPackageName());
    }

    /** The findings, each with the waiver that covers it (if any), followed by the waiver rules' own findings. */
    static List<Finding> review(RuleBase base, List<Finding> findings, WaiverSet waivers, RuleSelection selection,
            List<RuleDescriptor> rulesInRun) {
        FindingSink sink = new FindingSink(base::describe);
        KieSession session = base.kieBase().newKieSession();
        Map<Integer, Waiver> coverage = new TreeMap<>();
        try {
            session.setGlobal(FindingSink.GLOBAL, sink);
            session.insert(waivers.calendar());
            waivers.waivers().forEach(session::insert);
            rulesInRun.forEach(rule -> session.insert(new RuleInRun(rule.id())));
            for (int i = 0; i < findings.size(); i++) {
                session.insert(new ReportedFinding(i, findings.get(i)));
            }
            AgendaFilter selected = selection.filter(base::idOf);
            AuditEngine.fire(session, base, match -> isWaiverRule(match.getRule()) && selected.accept(match));
            for (Object fact : session.getObjects(f -> f instanceof WaiverCoverage)) {
                WaiverCoverage c = (WaiverCoverage) fact;
                // two waivers covering one finding: the one written first in the file is shown
                coverage.merge(c.getFinding().getIndex(), c.getWaiver(),
                        (a, b) -> waivers.waivers().indexOf(a) <= waivers.waivers().indexOf(b) ? a : b);
            }
        } finally {
            session.dispose();
        }
        List<Finding> reviewed = new ArrayList<>(findings.size() + sink.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            Waiver waiver = coverage.get(i);
            reviewed.add(waiver == null ? findings.get(i) : findings.get(i).withWaiver(waiver));
        }
        reviewed.addAll(sink.findings());
        return reviewed;
    }
}
