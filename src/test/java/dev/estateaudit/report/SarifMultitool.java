package dev.estateaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF multitool (npm {@code @microsoft/sarif-multitool}), found as
 * {@code $SARIF_MULTITOOL}, else the project-local install .ci/run makes in target/sarif-multitool,
 * else {@code sarif-multitool} on the PATH. The npm package's launcher hands its arguments to a
 * shell (so a ';' or a space in them splits the command); this runs the platform's native binary
 * beside it instead, whenever it can find it.
 */
final class SarifMultitool {

    static final Path LOCAL_INSTALL = Path.of("target", "sarif-multitool");

    private final Path executable;

    private SarifMultitool(Path executable) {
        this.executable = executable;
    }

    static Optional<SarifMultitool> find() {
        String explicit = System.getenv("SARIF_MULTITOOL");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(new SarifMultitool(Path.of(explicit)));
        }
        Path local = LOCAL_INSTALL.resolve("node_modules").resolve("@microsoft").resolve(platformPackage()).resolve(binaryName());
        if (Files.isRegularFile(local)) {
            return Optional.of(new SarifMultitool(local));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path launcher = dir.isEmpty() ? null : Path.of(dir, "sarif-multitool");
            if (launcher != null && Files.isExecutable(launcher)) {
                return Optional.of(new SarifMultitool(nativeBeside(launcher)));
            }
        }
        return Optional.empty();
    }

    /** The launcher is a link to …/@microsoft/sarif-multitool/bin.js; the binary is in the sibling platform package. */
    private static Path nativeBeside(Path launcher) {
        try {
            Path bin = launcher.toRealPath();
            Path candidate = bin.getParent().resolveSibling(platformPackage()).resolve(binaryName());
            return Files.isRegularFile(candidate) ? candidate : launcher;
        } catch (IOException e) {
            return launcher;
        }
    }

    private static String platformPackage() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return "sarif-multitool-" + (os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux");
    }

    private static String binaryName() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
    }

    Path executable() {
        return executable;
    }

    /** What one {@code validate} run wrote: its exit code, console output and its own SARIF log. */
    record Run(int exitCode, String console, Path log) {
    }

    /**
     * {@code validate} over several files at once (the tool starts in about a second; each more
     * file costs little), with the given rule kinds, writing its findings as SARIF to {@code log}.
     */
    Run validate(List<Path> files, List<String> ruleKinds, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("validate");
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        command.add("--rule-kind");
        command.addAll(ruleKinds);
        command.addAll(List.of("--output", log.toAbsolutePath().toString(), "--log", "ForceOverwrite"));
        Path console = log.resolveSibling(log.getFileName() + ".console.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile());
        // .NET needs ICU for culture data unless told to do without: a bare CI image may lack libicu
        builder.environment().putIfAbsent("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the SARIF multitool did not finish within 120 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(console), log);
    }
}
