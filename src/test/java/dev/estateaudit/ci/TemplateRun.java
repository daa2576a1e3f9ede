package dev.estateaudit.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a template's shell steps in order, in a repository folder, as its service would: each in a
 * shell of its own with the template's variables in the environment; after a step fails only the
 * steps the service runs after a failure run; the service's own actions and tasks are skipped and
 * listed.
 */
final class TemplateRun {

    /** What one step did. */
    record Outcome(TemplateStep step, int exitCode, String out, String err) {
    }

    final List<Outcome> outcomes = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    private TemplateRun() {
    }

    static TemplateRun of(List<TemplateStep> steps, Path repository, Map<String, String> environment) throws IOException, InterruptedException {
        TemplateRun run = new TemplateRun();
        boolean failed = false;
        Path scripts = Files.createTempDirectory("template-steps");
        for (TemplateStep step : steps) {
            if (failed && !step.afterFailure()) {
                continue;
            }
            if (!step.runsHere()) {
                run.skipped.add(step.name());
                continue;
            }
            if (step.onlyIfFile() != null && !Files.exists(repository.resolve(step.onlyIfFile()))) {
                continue;
            }
            Path script = scripts.resolve("step-" + run.outcomes.size() + ".sh");
            Files.writeString(script, step.script(), StandardCharsets.UTF_8);
            Outcome outcome = run(step, script, repository, environment);
            run.outcomes.add(outcome);
            failed |= outcome.exitCode() != 0;
        }
        return run;
    }

    private static Outcome run(TemplateStep step, Path script, Path repository, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = step.shell().stream().map(a -> a.replace("{0}", script.toString())).toList();
        Path out = Files.createTempFile("step", ".out");
        Path err = Files.createTempFile("step", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the step '" + step.name() + "' did not end within 120 s");
        }
        return new Outcome(step, process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The outcome of the step of that name; it must have run. */
    Outcome step(String name) {
        return outcomes.stream().filter(o -> o.step().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the step '" + name + "' did not run; ran: " + ran()));
    }

    Map<String, Integer> ran() {
        Map<String, Integer> ran = new LinkedHashMap<>();
        outcomes.forEach(o -> ran.put(o.step().name(), o.exitCode()));
        return ran;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            sb.append("--- ").append(o.step().name()).append(": exit ").append(o.exitCode()).append('\n')
                    .append(o.out()).append(o.err());
        }
        return sb.toString();
    }
}
