package dev.estateaudit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs estate-audit's Main in a JVM of its own on a pseudo-terminal of a given width, as a person
 * at a terminal runs it: util-linux's {@code script} gives it the terminal, {@code stty} the width.
 * What it printed comes back with the terminal's line ends made plain; standard error is there too.
 */
record TerminalRun(int exitCode, String screen) {

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script")) && Files.isExecutable(Path.of("/bin/stty"));
    }

    static TerminalRun of(int columns, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                ChildRun.absolute(classPath), "dev.estateaudit.Main"));
        java.addAll(List.of(args));
        // the variables are set by env after stty: a shell updates COLUMNS itself when the window's size changes
        String variables = environment.entrySet().stream().map(e -> quoted(e.getKey() + "=" + e.getValue())).collect(Collectors.joining(" "));
        String command = "stty cols " + columns + " rows 50; exec env " + variables + " "
                + java.stream().map(TerminalRun::quoted).collect(Collectors.joining(" "));
        Path screen = Files.createTempFile("terminal", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null")
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).redirectErrorStream(true)
                    .redirectOutput(screen.toFile());
            // a person's terminal: not CI, colours allowed unless the caller says otherwise
            builder.environment().remove("CI");
            builder.environment().remove("NO_COLOR");
            builder.environment().remove("COLUMNS");
            builder.environment().put("TERM", "xterm");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("estate-audit " + String.join(" ", args) + " did not end within 120 s on the terminal");
            }
            return new TerminalRun(process.exitValue(), Files.readString(screen, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } finally {
            Files.deleteIfExists(screen);
        }
    }

    /** The screen without the progress line (it redraws itself on standard error) and without colours. */
    String plainScreen() {
        return screen.replaceAll("estate-audit: [a-z][^\\n]*?\\(\\d+ s\\)\u001b\\[K", "").replace("\u001b[K", "")
                .replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
