package dev.estateaudit.cli;

import dev.estateaudit.importer.PipelineArtifacts;
import dev.estateaudit.util.OutputGuard;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code estate-audit import pipeline-artifacts DIR}: the same import from outsystems-pipeline's saved answers. */
@Command(name = "pipeline-artifacts",
        mixinStandardHelpOptions = true,
        description = {"Builds an estate file from the LifeTime API answers that outsystems-pipeline saved in its "
                + "artifacts folder (environments.cache, applications.cache, modules.cache, environment_data/), "
                + "without any network.",
            "Modules are imported when modules.cache holds their statuses per environment."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the estate file was written", "2:bad usage or unusable artifacts (no file written)"})
public final class ImportPipelineArtifactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "outsystems-pipeline's artifacts folder (by default 'Artifacts').")
    Path folder;

    @Override
    public Integer call() {
        var settings = options.settings("LifeTime (outsystems-pipeline artifacts)", true);
        options.refuseClashes(new OutputGuard().folder("an artifact in", folder));
        PipelineArtifacts artifacts = new PipelineArtifacts(folder);
        return options.importFrom(artifacts, settings, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
