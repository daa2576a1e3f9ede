package dev.estateaudit.engine;

import dev.estateaudit.facts.FactSink;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which fact types some rule of a base can match, from its network's object type nodes, looked
 * up once per type: a session is given only those facts.
 */
final class MatchableFacts {

    private final Supplier<KieBase> kieBase;
    private final ClassValue<Boolean> matchable = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (ObjectTypeNode node : ((InternalRuleBase) kieBase.get()).getRete().getObjectTypeNodes()) {
                if (node.getObjectType().isAssignableFrom(type)) {
                    return true;
                }
            }
            return false;
        }
    };

    MatchableFacts(Supplier<KieBase> kieBase) {
        this.kieBase = kieBase;
    }

    /** {@code session}, passed only the facts of a type some rule matches. */
    FactSink filter(Consumer<Object> session) {
        return new FactSink() {
            @Override
            public void accept(Object fact) {
                if (matchable.get(fact.getClass())) {
                    session.accept(fact);
                }
            }

            @Override
            public boolean keeps(Class<?> type) {
                return matchable.get(type);
            }
        };
    }
}
