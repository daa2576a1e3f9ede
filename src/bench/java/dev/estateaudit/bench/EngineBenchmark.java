package dev.estateaudit.bench;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleCompiler;
import dev.estateaudit.engine.RuleSource;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's steps on a synthetic estate, warm: reading the file, auditing it with the built-in
 * rules, writing the JSON report; and loading a compiled user rule kjar (a rule-cache hit).
 * Run with {@code mvn -B -ntp -Pbench -DskipTests test-compile exec:exec@jmh} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class EngineBenchmark {

    /** Environments of 100 modules each. */
    @Param({"100", "1000"})
    public int environments;

    private Path file;
    private Estate estate;
    private AuditEngine engine;
    private AuditResult result;
    private byte[] userRulesKjar;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("estate-bench-", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new EstateGenerator(environments, 100, 42).write(out, true);
        }
        estate = new EstateLoader().load(file);
        engine = new AuditEngine(List.of(RuleBase.builtin()));
        result = engine.audit(estate);
        userRulesKjar = new RuleCompiler().compile(KieServices.get().newReleaseId("bench", "user-rules", "1"),
                RuleSource.scan(Path.of("bench/user-rules")));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Estate readEstate() {
        return new EstateLoader().load(file);
    }

    @Benchmark
    public AuditResult audit() {
        return engine.audit(estate);
    }

    @Benchmark
    public long writeJsonReport() throws IOException {
        CountingWriter out = new CountingWriter();
        new JsonReport().render(new AuditReport(result, null, "bench"), out);
        return out.count;
    }

    @Benchmark
    public RuleBase loadCachedUserRules() {
        return RuleBase.load(userRulesKjar, "bench/user-rules");
    }

    /** Counts characters instead of keeping them: the report's cost, not a buffer's. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
