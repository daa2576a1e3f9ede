package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.core.common.InternalWorkingMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

/**
 * A built-in base's session goes without Drools' locks (one thread uses it throughout); a user
 * base's keeps them, because a rule that runs past --rule-timeout is halted from another thread.
 */
class RuleSessionThreadingTest {

    private static final String RULE = """
            package acme.rules;

            import dev.estateaudit.estate.EstateEnvironment;

            global dev.estateaudit.findings.FindingSink findings;

            rule "acme-any-environment"
                @id("acme-any-environment")
                @severity("info")
                @title("An environment")
                @remediation("Nothing to do; this is a test rule.")
            when
                $env : EstateEnvironment()
            then
                findings.report(kcontext, "Environment " + $env.getName() + ".").environment($env);
            end
            """;

    @TempDir
    Path temp;

    @Test
    void aBuiltInSessionTakesNoLocks() {
        assertThat(threadSafe(RuleBase.builtin())).isFalse();
        RuleShards.of(RuleBase.builtin()).forEach(shard -> assertThat(threadSafe(shard)).isFalse());
    }

    @Test
    void aUserRuleSessionStaysThreadSafeForItsTimeout() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("any.drl"), RULE);

        assertThat(threadSafe(RuleBase.compile(List.of(rules)))).isTrue();
    }

    private static boolean threadSafe(RuleBase base) {
        KieSession session = RuleSession.newSession(base);
        try {
            return ((InternalWorkingMemory) session).getRuleSessionConfiguration().isThreadSafe();
        } finally {
            session.dispose();
        }
    }
}
