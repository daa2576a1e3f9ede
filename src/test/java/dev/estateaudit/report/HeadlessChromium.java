package dev.estateaudit.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, run headless on a local file with its own --screenshot or --dump-dom: no
 * driver needed. With --enable-logging=stderr every console message (errors included) appears on
 * stderr as an "INFO:CONSOLE" line, which is how a test sees script errors.
 */
final class HeadlessChromium {

    private final Path executable;
    private final Path workFolder;

    private HeadlessChromium(Path executable, Path workFolder) {
        this.executable = executable;
        this.workFolder = workFolder;
    }

    /** Chromium from $CHROMIUM or the PATH, if installed. */
    static Optional<HeadlessChromium> find(Path workFolder) {
        String override = System.getenv("CHROMIUM");
        Stream<Path> candidates = override != null && !override.isBlank() ? Stream.of(Path.of(override))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(s -> !s.isBlank())
                        .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")));
        return candidates.filter(Files::isExecutable).findFirst().map(p -> new HeadlessChromium(p, workFolder));
    }

    /** What one run left: the standard output (the DOM for --dump-dom) and the console messages. */
    record Run(String stdout, List<String> console) {
    }

    Run screenshot(Path page, Path png) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1000", "--hide-scrollbars");
    }

    Run dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    private Run run(Path page, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workFolder, "profile");
        Path stdout = workFolder.resolve(profile.getFileName() + ".out");
        Path stderr = workFolder.resolve(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 60 s: " + command);
        }
        List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(":CONSOLE")).toList();
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }
}
