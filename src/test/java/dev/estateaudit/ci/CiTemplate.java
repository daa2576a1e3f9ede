package dev.estateaudit.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI template of samples/ci read as its service reads it: its variables and its steps in order,
 * and the environment its Linux shell steps get on a runner or agent, laid out under a folder that
 * stands for the machine (home, temporary folders) beside a folder that stands for the repository.
 */
abstract class CiTemplate {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final Path file;
    final String text;

    CiTemplate(Path file) {
        this.file = file;
        try {
            this.text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }

    /** The template's own variables (env, variables, environment), as written. */
    abstract Map<String, String> variables();

    abstract List<TemplateStep> steps();

    /** The steps as they run with that environment (Azure expands its $(…) macros first). */
    List<TemplateStep> steps(Map<String, String> environment) {
        return steps();
    }

    /** The environment of a shell step: the service's own variables and the template's, {@code overrides} replacing the template's. */
    abstract Map<String, String> environment(Path repository, Path machine, Map<String, String> overrides) throws IOException;

    static String javaHome() {
        return System.getProperty("java.home");
    }

    static Path folder(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }

    JsonNode yaml() {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    /** GitHub Actions: the first job's steps; run: steps in bash as the runner starts it on Linux. */
    static final class Github extends CiTemplate {

        private static final Pattern HASH_FILES = Pattern.compile("hashFiles\\('([^']+)'\\) != ''");

        Github(Path file) {
            super(file);
        }

        @Override
        Map<String, String> variables() {
            return strings(yaml().path("env"));
        }

        @Override
        List<TemplateStep> steps() {
            JsonNode job = yaml().path("jobs").elements().next();
            List<TemplateStep> steps = new ArrayList<>();
            for (JsonNode step : job.path("steps")) {
                String condition = step.path("if").asText("");
                boolean afterFailure = condition.contains("always()");
                if (step.has("uses")) {
                    steps.add(TemplateStep.serviceStep(step.get("uses").asText(), afterFailure));
                    continue;
                }
                // the runner's default on Linux is bash -e {0}; 'shell: bash' adds pipefail and no profile
                List<String> shell = step.path("shell").asText("").equals("bash")
                        ? List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}") : List.of("bash", "-e", "{0}");
                Matcher onlyIf = HASH_FILES.matcher(condition);
                steps.add(new TemplateStep(step.path("name").asText(step.get("run").asText()), step.get("run").asText(), shell,
                        afterFailure, onlyIf.find() ? onlyIf.group(1) : null));
            }
            return steps;
        }

        @Override
        Map<String, String> environment(Path repository, Path machine, Map<String, String> overrides) throws IOException {
            Map<String, String> env = new LinkedHashMap<>(variables());
            env.putAll(overrides);
            Path files = folder(machine, "runner-files");
            env.put("HOME", folder(machine, "home").toString());
            env.put("RUNNER_TEMP", folder(machine, "runner-temp").toString());
            env.put("RUNNER_OS", "Linux");
            env.put("GITHUB_ACTIONS", "true");
            env.put("CI", "true");
            env.put("GITHUB_WORKSPACE", repository.toString());
            env.put("GITHUB_STEP_SUMMARY", files.resolve("step-summary.md").toString());
            env.put("GITHUB_OUTPUT", files.resolve("output").toString());
            env.put("GITHUB_ENV", files.resolve("env").toString());
            env.put("GITHUB_PATH", files.resolve("path").toString());
            env.put("JAVA_HOME", javaHome()); // what actions/setup-java would set
            return env;
        }
    }

    /** Azure Pipelines: bash: and script: steps in bash as the agent starts them, $(…) macros of known variables expanded first. */
    static final class Azure extends CiTemplate {

        private static final Pattern MACRO = Pattern.compile("\\$\\(([A-Za-z0-9_.]+)\\)");

        Azure(Path file) {
            super(file);
        }

        @Override
        Map<String, String> variables() {
            return strings(yaml().path("variables"));
        }

        @Override
        List<TemplateStep> steps() {
            List<TemplateStep> steps = new ArrayList<>();
            for (JsonNode step : yaml().path("steps")) {
                String condition = step.path("condition").asText("");
                boolean afterFailure = condition.contains("succeededOrFailed()") || condition.contains("always()");
                if (step.has("bash") || step.has("script")) {
                    String script = step.has("bash") ? step.get("bash").asText() : step.get("script").asText();
                    steps.add(new TemplateStep(step.path("displayName").asText(script), script,
                            List.of("bash", "--noprofile", "--norc", "{0}"), afterFailure, null));
                } else if (step.has("pwsh") || step.has("powershell")) {
                    // Windows templates only: read, never run here
                    String kind = step.has("pwsh") ? "pwsh" : "powershell";
                    steps.add(new TemplateStep(step.path("displayName").asText(kind), step.get(kind).asText(),
                            List.of(kind, "-NoProfile", "-File", "{0}"), afterFailure, null));
                } else if (step.has("task")) {
                    steps.add(TemplateStep.serviceStep("task: " + step.get("task").asText(), afterFailure));
                } else {
                    String kind = step.fieldNames().next();
                    steps.add(TemplateStep.serviceStep(kind + ": " + step.get(kind).asText(), afterFailure));
                }
            }
            return steps;
        }

        /** The agent's predefined variables the templates use, and those a SARIF run in a pipeline reads. */
        private static Map<String, String> predefined(Path repository, Path machine) throws IOException {
            Path pipeline = folder(machine, "pipeline");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Agent.TempDirectory", folder(machine, "agent-temp").toString());
            values.put("Agent.OS", "Linux");
            values.put("Pipeline.Workspace", pipeline.toString());
            values.put("Build.ArtifactStagingDirectory", folder(pipeline, "a").toString());
            values.put("Build.SourcesDirectory", repository.toString());
            values.put("JAVA_HOME_17_X64", javaHome());
            values.put("System.CollectionUri", "https://dev.azure.com/contoso/");
            values.put("System.TeamProjectId", "6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c");
            values.put("Build.DefinitionId", "7");
            values.put("Build.DefinitionName", "estate-audit");
            values.put("Build.BuildId", "42");
            values.put("System.PhaseId", "3dc8fd7e-4368-5a92-293e-d53cefc8c4c3");
            values.put("System.PhaseName", "Job");
            values.put("Build.SourceBranch", "refs/heads/main");
            return values;
        }

        @Override
        Map<String, String> environment(Path repository, Path machine, Map<String, String> overrides) throws IOException {
            Map<String, String> env = new LinkedHashMap<>();
            predefined(repository, machine).forEach((name, value) -> env.put(envName(name), value));
            Map<String, String> own = new LinkedHashMap<>(variables());
            own.putAll(overrides);
            own.forEach((name, value) -> env.put(envName(name), expand(value, env)));
            env.put("TF_BUILD", "True");
            env.put("HOME", folder(machine, "home").toString());
            return env;
        }

        @Override
        List<TemplateStep> steps(Map<String, String> environment) {
            return steps().stream().map(s -> s.runsHere()
                    ? new TemplateStep(s.name(), expand(s.script(), environment), s.shell(), s.afterFailure(), s.onlyIfFile()) : s).toList();
        }

        /** A variable's name as an environment variable: upper case, '.' as '_'. */
        static String envName(String name) {
            return name.toUpperCase(Locale.ROOT).replace('.', '_');
        }

        /** The agent replaces $(name) of a variable it knows; any other $(…), such as a shell's command substitution, stays. */
        static String expand(String text, Map<String, String> environment) {
            return MACRO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                    environment.getOrDefault(envName(m.group(1)), m.group())));
        }
    }

    /** Jenkins: the sh (or bat) steps of the declarative pipeline, in file order, sh run as Jenkins runs it (sh -xe). */
    static final class Jenkins extends CiTemplate {

        private static final Pattern ENVIRONMENT = Pattern.compile("environment\\s*\\{(.*?)\\n\\s*}", Pattern.DOTALL);
        private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^\\s*(\\w+)\\s*=\\s*'([^']*)'");
        private static final Pattern STEP = Pattern.compile("(?m)^\\s*(?:(sh|bat)\\s+'''(.*?)'''|(junit|archiveArtifacts|recordIssues)\\b)",
                Pattern.DOTALL);

        private final String shellStep;

        Jenkins(Path file, String shellStep) {
            super(file);
            this.shellStep = shellStep;
        }

        @Override
        Map<String, String> variables() {
            Matcher block = ENVIRONMENT.matcher(text);
            Map<String, String> values = new LinkedHashMap<>();
            if (block.find()) {
                Matcher m = ASSIGNMENT.matcher(block.group(1));
                while (m.find()) {
                    values.put(m.group(1), m.group(2));
                }
            }
            return values;
        }

        @Override
        List<TemplateStep> steps() {
            List<TemplateStep> steps = new ArrayList<>();
            Matcher m = STEP.matcher(text);
            while (m.find()) {
                if (m.group(1) != null) {
                    if (!m.group(1).equals(shellStep)) {
                        throw new AssertionError(file + " has a " + m.group(1) + " step; expected only " + shellStep);
                    }
                    steps.add(new TemplateStep(shellStep + " #" + (steps.size() + 1), groovy(m.group(2)),
                            List.of("sh", "-xe", "{0}"), false, null));
                } else {
                    // junit and archiveArtifacts sit in post { always { … } }: Jenkins runs them after a failure too
                    steps.add(TemplateStep.serviceStep(m.group(3), true));
                }
            }
            return steps;
        }

        /** A ''' string as Groovy reads it: \\ is one backslash, a backslash before a line end joins the lines. */
        static String groovy(String literal) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (c == '\\' && i + 1 < literal.length()) {
                    char next = literal.charAt(++i);
                    switch (next) {
                        case '\\', '\'', '$' -> sb.append(next);
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case '\n' -> { }
                        default -> throw new AssertionError("an escape Groovy refuses: \\" + next);
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        @Override
        Map<String, String> environment(Path repository, Path machine, Map<String, String> overrides) throws IOException {
            Map<String, String> env = new LinkedHashMap<>(variables());
            env.putAll(overrides);
            env.put("WORKSPACE", repository.toString());
            env.put("HOME", folder(machine, "home").toString());
            env.put("JENKINS_URL", "https://jenkins.example.com/");
            env.put("BUILD_NUMBER", "1");
            env.put("JAVA_HOME", javaHome());
            return env;
        }
    }
}
