package dev.estateaudit.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic estate of any size for benchmarks: N environments of M modules each, streamed
 * (a million modules never sit in memory), JSON or YAML by the file's extension. The same
 * arguments always give the same file. The mix imitates a factory preparing an upgrade, so that
 * every kind of rule has work: a LifeTime behind some environments, a planned target, staging
 * roles in turn, zones with an occasional disabled or outdated front end, and modules of which a
 * few percent are in debug mode where they should not be (or out of it in development), not
 * republished, erroring, referencing a missing module, or lack the facts a rule needs (1%).
 * <pre>
 * java -cp target/test-classes:target/estate-audit.jar dev.estateaudit.bench.EstateGenerator \
 *     --environments 100 --modules 100 --output target/bench/estate-10k.json
 * </pre>
 */
public final class EstateGenerator {

    private static final String[] ROLES = {"development", "quality", "preproduction", "production"};
    private static final String[] VERSIONS = {"11.29.0", "11.30.1", "11.31.0"};
    /** Distinct module names in the factory; each environment holds a window of them, as real ones share modules. */
    private static final int MODULE_CATALOGUE = 5000;
    private static final int MODULES_PER_APPLICATION = 8;

    private final int environments;
    private final int modulesPerEnvironment;
    private final Random random;

    public EstateGenerator(int environments, int modulesPerEnvironment, long seed) {
        this.environments = environments;
        this.modulesPerEnvironment = modulesPerEnvironment;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int environments = 10;
        int modules = 100;
        long seed = 42;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--environments" -> environments = Integer.parseInt(args[++i]);
                case "--modules" -> modules = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: EstateGenerator --environments N --modules M-PER-ENVIRONMENT "
                        + "[--seed S] --output FILE.json|FILE.yaml");
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output FILE is required");
        }
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".estate-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            new EstateGenerator(environments, modules, seed).write(out, output.toString().endsWith(".json"));
        }
        Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Names unique within an environment when it has at most MODULE_CATALOGUE modules; beyond, a suffix keeps them so. */
    private static String moduleName(int first, int index) {
        int n = first + index;
        return "Module_" + n % MODULE_CATALOGUE + (n >= MODULE_CATALOGUE ? "_" + n / MODULE_CATALOGUE : "");
    }

    public void write(OutputStream out, boolean json) throws IOException {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (json) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            g.writeStartObject();
            g.writeStringField("name", "Synthetic factory (" + environments + " environments x " + modulesPerEnvironment + " modules)");
            g.writeObjectFieldStart("licenses");
            g.writeNumberField("production", environments / 4);
            g.writeNumberField("development", environments);
            g.writeEndObject();
            g.writeObjectFieldStart("lifetime");
            g.writeStringField("version", "11.23.0");
            g.writeStringField("platformVersion", "11.30.1");
            g.writeBooleanField("dedicated", true);
            g.writeEndObject();
            g.writeObjectFieldStart("upgrade");
            g.writeStringField("targetVersion", "11.31.0");
            g.writeEndObject();
            g.writeArrayFieldStart("environments");
            for (int e = 0; e < environments; e++) {
                writeEnvironment(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeEnvironment(JsonGenerator g, int index) throws IOException {
        String role = ROLES[index % ROLES.length];
        String version = VERSIONS[random.nextInt(VERSIONS.length)];
        boolean production = role.equals("production");
        g.writeStartObject();
        g.writeStringField("name", "Env-" + index);
        g.writeStringField("role", role);
        g.writeNumberField("order", index % ROLES.length + 1);
        g.writeStringField("platformVersion", version);
        boolean legacy = version.startsWith("10.");
        if (legacy) {
            g.writeStringField("runningMode", production || random.nextInt(10) == 0 ? "production" : "development");
        } else {
            g.writeStringField("purpose", production || random.nextInt(10) == 0 ? "production" : "development");
            g.writeBooleanField("debugMode", !production);
        }
        g.writeStringField("license", production ? "production" : "development");
        g.writeStringField("hosting", random.nextInt(5) == 0 ? "cloud" : "on-premises");
        g.writeStringField("upgradeStrategy", production ? "zero-downtime" : "downtime");
        if (random.nextInt(20) == 0 && legacy) { // drawn either way: the same seed gives the same estate as before
            g.writeStringField("runningModeChangedAt", "2026-07-03T00:00:00Z");
        }
        g.writeArrayFieldStart("zones");
        g.writeStartObject();
        g.writeStringField("name", "Global");
        g.writeArrayFieldStart("frontEnds");
        int frontEnds = production ? 2 : 1;
        for (int f = 0; f < frontEnds; f++) {
            g.writeStartObject();
            g.writeStringField("name", "fe-" + index + "-" + f);
            if (random.nextInt(50) == 0) {
                g.writeStringField("platformVersion", "11.28.0");
            }
            if (random.nextInt(50) == 0) {
                g.writeBooleanField("enabled", false);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("modules");
        int first = (int) ((long) index * modulesPerEnvironment % MODULE_CATALOGUE);
        for (int m = 0; m < modulesPerEnvironment; m++) {
            writeModule(g, first, m, version, production || role.equals("preproduction"));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Debug mode is on in development and quality and off in production, with a few exceptions either way. */
    private void writeModule(JsonGenerator g, int first, int index, String environmentVersion, boolean productionLike)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("name", moduleName(first, index));
        if (random.nextInt(20) == 0) {
            g.writeStringField("kind", "extension");
        }
        g.writeStringField("application", "App_" + (first + index) / MODULES_PER_APPLICATION);
        if (random.nextInt(100) != 0) {
            boolean exception = random.nextInt(40) == 0;
            g.writeBooleanField("debugMode", productionLike == exception);
        }
        g.writeStringField("publishedWith", random.nextInt(20) == 0 ? "11.28.0" : environmentVersion);
        g.writeStringField("lastPublished", "2026-0" + (7 + random.nextInt(3)) + "-1" + random.nextInt(10) + "T12:00:00Z");
        g.writeArrayFieldStart("references");
        if (index > 0) {
            g.writeString(moduleName(first, random.nextInt(index)));
        }
        if (index > 1 && random.nextInt(4) == 0) {
            g.writeString(moduleName(first, random.nextInt(index)));
        }
        if (random.nextInt(200) == 0) {
            g.writeString("Removed_" + index);
        }
        g.writeEndArray();
        if (random.nextInt(100) != 0) {
            g.writeNumberField("errorsLast7Days", random.nextInt(30) == 0 ? 1 + random.nextInt(40) : 0);
        }
        g.writeEndObject();
    }
}
