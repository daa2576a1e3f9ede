package dev.estateaudit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.readiness.UnjudgedCheck;
import dev.estateaudit.readiness.Verdict;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The readiness matrix as one self-contained page: targets by verdict and counts, and for each
 * blocked target what blocks it, grouped by rule so a rule firing for thousands of modules is one
 * folded section. Rendered by Mustache from html-matrix.mustache, which escapes every value.
 */
final class HtmlMatrix implements MatrixRenderer {

    private static final Mustache MUSTACHE = new DefaultMustacheFactory().compile("dev/estateaudit/report/html-matrix.mustache");
    /** Blocking findings listed per rule and target; the rest are counted (the JSON matrix lists all). */
    static final int LISTED_PER_RULE = 50;

    @Override
    public void render(ReadinessMatrix matrix, Writer out) throws IOException {
        StringWriter page = new StringWriter();
        MUSTACHE.execute(page, new Model(matrix)).flush();
        out.write(page.toString());
    }

    /** What the template shows; every string raw, the template escapes it. */
    static final class Model {
        public final String estate;
        public final String files;
        public final String failOn;
        public final String tool = ToolVersion.NAME + " " + ToolVersion.get();
        public final String targetList;
        public final String summary;
        public final List<Column> targets = new ArrayList<>();
        /** The versions the platform catalogue describes, for unknown targets. */
        public final String knowledge;
        public final String judgedAgainst;

        Model(ReadinessMatrix matrix) {
            estate = matrix.estate();
            files = String.join(", ", matrix.files());
            failOn = matrix.failOn();
            targetList = String.join(", ", matrix.targets().stream().map(TargetReadiness::target).toList());
            long ready = matrix.targets().stream().filter(TargetReadiness::ready).count();
            long unknown = matrix.targets().stream().filter(t -> t.verdict() == Verdict.UNKNOWN).count();
            summary = ready + " of " + matrix.targets().size() + " targets ready" + (unknown == 0 ? "" : ", " + unknown + " unknown");
            knowledge = matrix.knowledge().since() + " to " + matrix.knowledge().horizon();
            judgedAgainst = matrix.judgedAgainst().describe();
            matrix.targets().forEach(t -> targets.add(new Column(t)));
        }
    }

    /** One target: its verdict, counts and blocking findings by rule. */
    static final class Column {
        public final String target;
        public final String verdict;
        public final String verdictText;
        public final boolean blocked;
        public final boolean unknown;
        /** Blocked, and past the catalogue's horizon too: the checks that could not judge it are listed as well. */
        public final boolean blockedPastHorizon;
        public final boolean ready;
        public final List<UnjudgedCheck> unjudged;
        public final long errors;
        public final long warnings;
        public final long info;
        public final long notEvaluated;
        public final int blockingCount;
        public final List<RuleGroup> blocking = new ArrayList<>();

        Column(TargetReadiness t) {
            target = t.target();
            verdict = t.verdict().label();
            verdictText = t.verdictText();
            blocked = t.verdict() == Verdict.BLOCKED;
            unknown = t.verdict() == Verdict.UNKNOWN;
            blockedPastHorizon = blocked && !t.unjudged().isEmpty();
            ready = t.ready();
            unjudged = t.unjudged();
            errors = t.errors();
            warnings = t.warnings();
            info = t.info();
            notEvaluated = t.notEvaluated();
            blockingCount = t.blocking().size();
            FindingGroups.of(t.blocking(), ReviewedFinding::ruleId, f -> "").values()
                    .forEach(groups -> groups.forEach(g -> blocking.add(new RuleGroup(g.items()))));
        }
    }

    /** The blocking findings of one rule for one target. */
    static final class RuleGroup {
        public final String ruleId;
        public final String title;
        public final String remediation;
        public final int count;
        public final List<Line> findings = new ArrayList<>();
        public final int unlisted;

        RuleGroup(List<ReviewedFinding> items) {
            ReviewedFinding first = items.get(0);
            ruleId = first.ruleId();
            title = first.rule().title();
            remediation = first.rule().remediation();
            count = items.size();
            items.stream().limit(LISTED_PER_RULE).forEach(f -> findings.add(new Line(f.subject().label(), f.message())));
            unlisted = Math.max(0, count - LISTED_PER_RULE);
        }

        public boolean hasUnlisted() {
            return unlisted > 0;
        }
    }

    record Line(String subject, String message) {
    }
}
