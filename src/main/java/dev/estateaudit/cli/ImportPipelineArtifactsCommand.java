package dev.estateaudit.cli;

import dev.estateaudit.importer.PipelineArtifacts;
import dev.estateaudit.util.OutputGuard;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code estate-audit import pipeline-artifacts DIR}: the same import from outsystems-pipeline's saved answers. */
@Command(name = "pipeline-artifacts",
        mixinStandardHelpOptions = true,
        description = {"Builds an estate file from the LifeTime API answers that outsystems-pipeline saved in its "
                + "artifacts folder (environments.cache, applications.cache, modules.cache, environment_data/), "
                + "without any network.",
            "Modules are imported when modules.cache holds their statuses per environment."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit import pipeline-artifacts samples/pipeline-artifacts/Artifacts",
            "  estate-audit import pipeline-artifacts Artifacts --output estate.yaml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the estate file was written", "2:bad usage or unusable artifacts (no file written)"})
public final class ImportPipelineArtifactsCommand extends CommandBase {

    @Mixin
    ImportOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "outsystems-pipeline's artifacts folder (by default 'Artifacts').")
    Path folder;

    @Override
    public Integer call() {
        var settings = options.settings("LifeTime (outsystems-pipeline artifacts)", true);
        options.refuseClashes(new OutputGuard().folder("an artifact in", folder));
        PipelineArtifacts artifacts = new PipelineArtifacts(folder);
        return options.importFrom(artifacts, settings, out(), err());
    }
}
