package dev.estateaudit.facts;

import dev.estateaudit.estate.Version;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.TreeMap;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * Highest or lowest {@link Version} over matched facts, so rules can compare against the estate's
 * extremes in one linear pass (Drools' own max/min only take numbers). Keeps counts per version so
 * that retractions are reversible.
 */
abstract class VersionExtremeFunction implements AccumulateFunction<VersionExtremeFunction.Context> {

    /** Versions seen and how often. */
    public static final class Context implements Serializable {
        private final TreeMap<Version, Integer> counts = new TreeMap<>();
    }

    private final int direction;

    VersionExtremeFunction(int direction) {
        this.direction = direction;
    }

    @Override
    public Context createContext() {
        return new Context();
    }

    @Override
    public void init(Context context) {
        context.counts.clear();
    }

    @Override
    public void accumulate(Context context, Object value) {
        if (value instanceof Version v) {
            context.counts.merge(v, 1, Integer::sum);
        }
    }

    @Override
    public void reverse(Context context, Object value) {
        if (value instanceof Version v) {
            context.counts.computeIfPresent(v, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    @Override
    public Object getResult(Context context) {
        if (context.counts.isEmpty()) {
            return null;
        }
        return direction > 0 ? context.counts.lastKey() : context.counts.firstKey();
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return Version.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // stateless: nothing to write
    }

    @Override
    public void readExternal(ObjectInput in) {
        // stateless: nothing to read
    }
}
