package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: hits, misses after a change, and never a failure because of the cache. */
class RuleCacheTest {

    private static final String RULE = """
            package acme.rules;

            import dev.estateaudit.estate.EstateEnvironment;

            global dev.estateaudit.findings.FindingSink findings;

            rule "acme-cloud-environment"
                @id("acme-cloud-environment")
                @severity("%s")
                @title("An environment is hosted in the cloud")
                @remediation("Nothing to do; this is a test rule.")
            when
                $env : EstateEnvironment( hosting == dev.estateaudit.estate.Hosting.CLOUD )
            then
                findings.report(kcontext, "Environment " + $env.getName() + " is in the cloud.").environment($env);
            end
            """;

    private static final String ESTATE = """
            name: Cache test
            environments:
              - {name: Development, role: development, platformVersion: "11.30.1", hosting: cloud}
              - {name: Production, role: production, platformVersion: "11.30.1", hosting: on-premises}
            """;

    @TempDir
    Path temp;

    private Path rules;
    private Path cacheDir;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void writeRule() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("cloud.drl"), RULE.formatted("info"));
        cacheDir = temp.resolve("cache");
    }

    private RuleCache newRun() {
        return RuleCache.in(cacheDir, warnings::add);
    }

    private static List<String> findings(RuleBase base) {
        Estate estate = new EstateLoader().loadText("estate.yaml", ESTATE);
        return new AuditEngine(List.of(base)).audit(estate).findings().stream()
                .map(f -> f.severity() + " " + f.ruleId() + " @ " + f.subject().label() + ": " + f.message()).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> !f.getFileName().toString().equals(CacheFolder.SECRET)).toList();
        }
    }

    @Test
    void aSecondRunLoadsTheCompiledRulesFromTheCache() throws IOException {
        RuleCache first = newRun();
        List<String> compiled = findings(RuleBase.compile(List.of(rules), first, RuleLimits.DEFAULT));
        RuleCache second = newRun();
        List<String> cached = findings(RuleBase.compile(List.of(rules), second, RuleLimits.DEFAULT));

        assertThat(first.misses()).isEqualTo(1);
        assertThat(second.hits()).isEqualTo(1);
        assertThat(second.misses()).isZero();
        assertThat(cached).isEqualTo(compiled)
                .containsExactly("INFO acme-cloud-environment @ Development: Environment Development is in the cloud.");
        assertThat(entries()).singleElement().satisfies(e -> assertThat(e.getFileName().toString()).matches("rules-[0-9a-f]{64}\\.kjar"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aChangedRuleFileIsCompiledAgain() throws IOException {
        RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT);
        Files.writeString(rules.resolve("cloud.drl"), RULE.formatted("error"));

        RuleCache afterChange = newRun();
        List<String> found = findings(RuleBase.compile(List.of(rules), afterChange, RuleLimits.DEFAULT));

        assertThat(afterChange.misses()).isEqualTo(1);
        assertThat(afterChange.hits()).isZero();
        assertThat(found).containsExactly("ERROR acme-cloud-environment @ Development: Environment Development is in the cloud.");
    }

    @Test
    void aNewRuleFileInTheFolderIsCompiledAgain() throws IOException {
        RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT);
        Files.writeString(rules.resolve("second.drl"), RULE.replace("acme-cloud-environment", "acme-second")
                .replace("package acme.rules;", "package acme.second;").formatted("warning"));

        RuleCache afterChange = newRun();
        List<String> found = findings(RuleBase.compile(List.of(rules), afterChange, RuleLimits.DEFAULT));

        assertThat(afterChange.misses()).isEqualTo(1);
        assertThat(found).hasSize(2);
    }

    @Test
    void aCorruptEntryIsIgnoredWithAWarningAndReplaced() throws IOException {
        RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {'P', 'K', 3, 4, 0, 0, 42});

        RuleCache corrupt = newRun();
        List<String> found = findings(RuleBase.compile(List.of(rules), corrupt, RuleLimits.DEFAULT));

        assertThat(found).containsExactly("INFO acme-cloud-environment @ Development: Environment Development is in the cloud.");
        assertThat(corrupt.misses()).isEqualTo(1);
        assertThat(warnings).singleElement().asString().contains("ignoring the entry " + entry).contains("HMAC does not match");
        RuleCache repaired = newRun();
        RuleBase.compile(List.of(rules), repaired, RuleLimits.DEFAULT);
        assertThat(repaired.hits()).isEqualTo(1);
    }

    @Test
    void anUnwritableCacheFolderIsIgnoredWithAWarning() throws IOException {
        // a folder below a regular file cannot be created, whoever runs the test (root included)
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "x");
        cacheDir = blocker.resolve("cache");

        List<String> found = findings(RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT));

        assertThat(found).containsExactly("INFO acme-cloud-environment @ Development: Environment Development is in the cloud.");
        assertThat(warnings).singleElement().asString().contains("cannot write to the rule cache").contains(cacheDir.toString());
    }

    @Test
    void noCacheNeitherReadsNorWrites() {
        List<String> found = findings(RuleBase.compile(List.of(rules), RuleCache.none(), RuleLimits.DEFAULT));

        assertThat(found).hasSize(1);
        assertThat(cacheDir).doesNotExist();
    }

    @Test
    void theCacheFolderComesFromTheEnvironment() {
        assertThat(RuleCache.defaultDirectory(java.util.Map.of("ESTATE_AUDIT_CACHE", "/x/y", "XDG_CACHE_HOME", "/c", "HOME", "/h")))
                .isEqualTo(Path.of("/x/y"));
        assertThat(RuleCache.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")))
                .isEqualTo(Path.of("/c/estate-audit"));
        assertThat(RuleCache.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")))
                .as("the XDG specification says to ignore a relative path").isEqualTo(Path.of("/h/.cache/estate-audit"));
        assertThat(RuleCache.defaultDirectory(java.util.Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/estate-audit"));
    }

    /** Case 1 of the hardening issue: a kjar planted under the computed name ran as the user. */
    @Test
    void aPlantedEntryIsNeverLoadedWhetherUntaggedOrTaggedWithAnotherKey() throws IOException {
        Path planted = Files.createDirectories(temp.resolve("planted"));
        Files.writeString(planted.resolve("cloud.drl"), RULE.replace("is in the cloud.", "was taken over.").formatted("info"));
        byte[] plantedKjar = RuleCompilerAccess.kjar(planted);
        RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT);
        Path entry = entries().get(0);
        String name = entry.getFileName().toString();

        byte[] otherKey = new byte[32];
        java.util.Arrays.fill(otherKey, (byte) 7);
        for (byte[] content : List.of(plantedKjar, concat(RuleCache.tag(otherKey, name, plantedKjar), plantedKjar))) {
            Files.write(entry, content);
            warnings.clear();
            RuleCache run = newRun();
            List<String> found = findings(RuleBase.compile(List.of(rules), run, RuleLimits.DEFAULT));
            assertThat(found).containsExactly("INFO acme-cloud-environment @ Development: Environment Development is in the cloud.");
            assertThat(run.hits()).isZero();
            assertThat(warnings).singleElement().asString().contains("HMAC does not match");
        }
    }

    @Test
    void aFolderOthersCanWriteIsNotUsed() throws IOException {
        Files.createDirectories(cacheDir);
        Files.setPosixFilePermissions(cacheDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

        RuleCache run = newRun();
        List<String> found = findings(RuleBase.compile(List.of(rules), run, RuleLimits.DEFAULT));

        assertThat(found).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("not using it").contains("may be written by other users");
        assertThat(cacheDir).isEmptyDirectory();
    }

    @Test
    void aFolderOwnedBySomeoneElseIsNotUsed() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown");
        Files.createDirectories(cacheDir);
        Files.setOwner(cacheDir, cacheDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

        List<String> found = findings(RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT));

        assertThat(found).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("belongs to nobody");
        assertThat(cacheDir).isEmptyDirectory();
    }

    @Test
    void theSecretIsPrivateAndASecretOthersCanReadIsRefused() throws IOException {
        RuleBase.compile(List.of(rules), newRun(), RuleLimits.DEFAULT);
        Path secret = cacheDir.resolve(CacheFolder.SECRET);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheDir))).isEqualTo("rwx------");

        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        RuleCache run = newRun();
        assertThat(findings(RuleBase.compile(List.of(rules), run, RuleLimits.DEFAULT))).hasSize(1);
        assertThat(run.hits()).isZero();
        assertThat(warnings).singleElement().asString().contains("must be 0600");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A kjar compiled from another folder, as an attacker would build one. */
    private static final class RuleCompilerAccess {
        static byte[] kjar(Path folder) {
            List<RuleSource> sources = RuleSource.scan(folder);
            return new RuleCompiler().compile(org.kie.api.KieServices.Factory.get().newReleaseId("x", "y", "1"), sources);
        }
    }
}
