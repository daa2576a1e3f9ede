package dev.estateaudit.cli;

import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.importer.LifeTimeApi;
import dev.estateaudit.importer.LifeTimeToken;
import dev.estateaudit.importer.LifeTimeUrl;
import dev.estateaudit.importer.RetryPolicy;
import dev.estateaudit.util.OutputGuard;
import dev.estateaudit.util.UsageException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code estate-audit import lifetime}: reads the inventory from the LifeTime Deployment API v2. */
@Command(name = "lifetime",
        mixinStandardHelpOptions = true,
        description = {"Reads environments, deployment zones and (with --modules) modules from the LifeTime "
                + "Deployment API v2 and writes an estate file.",
            "The token of a LifeTime service account comes from --token-file or "
                + LifeTimeToken.ENVIRONMENT_VARIABLE + ", never from an argument."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit import lifetime --url https://lt.example.com --output estate.yaml",
            "  estate-audit import lifetime --url https://lt.example.com --modules"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the estate file was written", "2:bad usage, or LifeTime refused or failed a call (no file written)"})
public final class ImportLifetimeCommand extends CommandBase {

    @Mixin
    ImportOptions options;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "LifeTime's address, e.g. https://lifetime.example.com")
    String url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the service account's token (default: the environment variable "
                    + LifeTimeToken.ENVIRONMENT_VARIABLE + ").")
    Path tokenFile;

    @Option(names = "--modules", description = "Also import every module with its application and consistency status.")
    boolean modules;

    @Option(names = "--ca-cert", paramLabel = "FILE.pem",
            description = "Trust only the certificate authorities in this PEM file (a company CA that signed LifeTime's certificate).")
    Path caCertificate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Connect and answer timeout per call, in seconds (default: ${DEFAULT-VALUE}).")
    BigDecimal timeoutSeconds;

    @Option(names = "--total-timeout", paramLabel = "SECONDS", defaultValue = "1800",
            description = "The whole import's limit, every call, retry and pause included, in seconds (default: ${DEFAULT-VALUE}).")
    BigDecimal totalTimeoutSeconds;

    /** For tests: the first wait between tries, in milliseconds. */
    @Option(names = "--retry-delay-ms", hidden = true, defaultValue = "1000")
    long retryDelayMillis;

    @Override
    public Integer call() {
        Duration timeout = NumberOptions.seconds("--timeout", timeoutSeconds);
        Duration totalTimeout = NumberOptions.seconds("--total-timeout", totalTimeoutSeconds);
        if (retryDelayMillis < 0) {
            throw new UsageException("--retry-delay-ms: must not be negative");
        }
        LifeTimeUrl lifetime = LifeTimeUrl.parse(url);
        var settings = options.settings("LifeTime " + lifetime.host(), modules);
        options.refuseClashes(new OutputGuard().input("the token file", tokenFile).input("the CA certificate file", caCertificate));
        LifeTimeToken token = LifeTimeToken.read(tokenFile, environment);
        LifeTimeApi api = new LifeTimeApi(lifetime, token, caCertificate, timeout,
                RetryPolicy.withFirstDelay(Duration.ofMillis(retryDelayMillis)), totalTimeout, LifeTimeApi.DEFAULT_ANSWER_LIMIT);
        return options.importFrom(api, settings, out(), err());
    }
}
