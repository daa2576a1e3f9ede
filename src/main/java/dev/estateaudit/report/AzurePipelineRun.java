package dev.estateaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Azure DevOps pipeline job a run happens in, read from the agent's predefined variables
 * (TF_BUILD=True and the build and job variables). GitHub Advanced Security for Azure DevOps
 * identifies a SARIF run by its pipeline, so inside a pipeline the SARIF report's
 * {@code automationDetails} carries this identity in the shape Microsoft's SARIF multitool writes
 * and checks (rules GHAzDO1019 and GHAzDO1020): an id beginning {@code azuredevops/pipeline/build/}
 * and four {@code azuredevops/pipeline/build/*} properties. Outside a pipeline there is none.
 */
public record AzurePipelineRun(String organization, UUID projectId, int definitionId, String definitionName,
                               int buildId, UUID phaseId, String phaseName, String branch) {

    static final String PREFIX = "azuredevops/pipeline/build/";

    /** {@code azuredevops/pipeline/build/<org>/<project>/<definition>/<phase>/<branch>/<build>}. */
    String automationId() {
        return PREFIX + organization + "/" + projectId + "/" + definitionId + "/" + phaseId + "/" + branch + "/" + buildId;
    }

    /** The four properties, in a fixed order. */
    Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PREFIX + "buildDefinitionId", Integer.toString(definitionId));
        properties.put(PREFIX + "buildDefinitionName", definitionName);
        properties.put(PREFIX + "phaseId", phaseId.toString());
        properties.put(PREFIX + "phaseName", phaseName);
        return properties;
    }

    /**
     * The pipeline job of this environment; empty outside Azure DevOps. Inside it with a variable
     * missing or malformed, also empty, after a warning naming the variables.
     */
    public static Optional<AzurePipelineRun> detect(Map<String, String> env, Consumer<String> warning) {
        String tfBuild = env.getOrDefault("TF_BUILD", "").trim();
        if (!tfBuild.equalsIgnoreCase("true") && !tfBuild.equals("1")) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        String organization = organization(value(env, "SYSTEM_COLLECTIONURI", null, problems), problems);
        UUID project = guid(env, "SYSTEM_TEAMPROJECTID", null, problems);
        int definition = positive(env, "BUILD_DEFINITIONID", "SYSTEM_DEFINITIONID", problems);
        String definitionName = value(env, "BUILD_DEFINITIONNAME", null, problems);
        int build = positive(env, "BUILD_BUILDID", null, problems);
        UUID phase = guid(env, "SYSTEM_PHASEID", "SYSTEM_JOBID", problems);
        String phaseName = value(env, "SYSTEM_PHASENAME", "SYSTEM_JOBNAME", problems);
        String branch = value(env, "BUILD_SOURCEBRANCH", null, problems);
        if (!problems.isEmpty()) {
            warning.accept("TF_BUILD says this is an Azure DevOps pipeline, but " + String.join("; ", problems)
                    + ": the SARIF report's automationDetails names the estate instead of the pipeline job");
            return Optional.empty();
        }
        return Optional.of(new AzurePipelineRun(organization, project, definition, definitionName, build, phase, phaseName,
                branch.startsWith("refs/") ? branch : "refs/heads/" + branch));
    }

    private static String value(Map<String, String> env, String name, String fallback, List<String> problems) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty() && fallback != null) {
            value = env.getOrDefault(fallback, "").trim();
        }
        if (value.isEmpty()) {
            problems.add(name + " is not set");
            return null;
        }
        return value;
    }

    private static int positive(Map<String, String> env, String name, String fallback, List<String> problems) {
        String text = value(env, name, fallback, problems);
        if (text == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " '" + text + "' is not a positive whole number");
        return 0;
    }

    private static UUID guid(Map<String, String> env, String name, String fallback, List<String> problems) {
        String text = value(env, name, fallback, problems);
        if (text == null) {
            return null;
        }
        if (text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            UUID id = UUID.fromString(text);
            if (id.getMostSignificantBits() != 0 || id.getLeastSignificantBits() != 0) {
                return id;
            }
        }
        problems.add(name + " '" + text + "' is not a GUID other than zero");
        return null;
    }

    /** The organisation from https://dev.azure.com/ORG/ or https://ORG.visualstudio.com/. */
    private static String organization(String collectionUri, List<String> problems) {
        if (collectionUri == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?i)https://(?:(?:vsrm\\.)?dev\\.azure\\.com/([^/]+)|([^./]+)(?:\\.vsrm)?\\.visualstudio\\.com)(?:/.*)?")
                .matcher(collectionUri);
        if (!m.matches()) {
            problems.add("SYSTEM_COLLECTIONURI '" + collectionUri + "' names no organisation");
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
