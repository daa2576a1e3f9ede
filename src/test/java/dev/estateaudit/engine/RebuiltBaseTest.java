package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A base narrowed to some rules (--only, --skip, the two sessions of a large estate) is built
 * again from the rules' model; Drools rewrites a {@code forall}'s patterns while building, so a
 * second base built from the same model objects would judge that {@code forall} the other way.
 */
class RebuiltBaseTest {

    private static final String FORALL_RULE = """
            package acme.rules;

            import dev.estateaudit.estate.EstateEnvironment;

            global dev.estateaudit.findings.FindingSink findings;

            rule "acme-every-environment-has-an-order"
                @id("acme-every-environment-has-an-order")
                @severity("info")
                @title("Every environment has an order")
                @remediation("Nothing to do.")
            when
                forall( EstateEnvironment( $name : name ) EstateEnvironment( name == $name, order != null ) )
            then
                findings.report(kcontext, "Every environment has an order.");
            end

            rule "acme-every-environment-has-a-version"
                @id("acme-every-environment-has-a-version")
                @severity("info")
                @title("Every environment has a version")
                @remediation("Nothing to do.")
            when
                forall( EstateEnvironment( platformVersion != null ) )
            then
                findings.report(kcontext, "Every environment has a version.");
            end

            rule "acme-module-count"
                @id("acme-other")
                @severity("info")
                @title("Another rule")
                @remediation("Nothing to do.")
            when
                EstateEnvironment( name == "nowhere" )
            then
                findings.report(kcontext, "never");
            end
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"acme-every-environment-has-an-order", "acme-every-environment-has-a-version"})
    void aForallRuleJudgesTheSameInTheWholeBaseAndInABaseOfItAlone(String id) throws IOException {
        Files.writeString(folder.resolve("forall.drl"), FORALL_RULE);
        AuditEngine engine = new AuditEngine(List.of(RuleBase.compile(List.of(folder))));
        Estate estate = new EstateLoader().load(Path.of("samples", "clean-estate.yaml"));

        List<Finding> whole = engine.audit(estate).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
        List<Finding> alone = engine.audit(estate, RuleSelection.of(List.of(id), List.of())).findings();

        assertThat(whole).extracting(Finding::ruleId).containsExactly(id);
        assertThat(alone).isEqualTo(whole);
    }
}
