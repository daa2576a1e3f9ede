package dev.estateaudit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs estate-audit's Main in a JVM of its own, for what an in-process run cannot show: the exit
 * code the process really ends with (System.exit from a rule), the working directory's config,
 * a runaway rule thread that only the end of the process stops.
 */
public record ChildRun(int exitCode, String out, String err) {

    public static ChildRun in(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return in(workingDirectory, List.of(), args);
    }

    public static ChildRun in(Path workingDirectory, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(workingDirectory, command(jvmOptions, args), args);
    }

    /** Run under a shell that first sets the umask ("027"), so new files show what it gives them. */
    public static ChildRun underUmask(String umask, Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
        command.addAll(command(List.of(), args));
        return run(workingDirectory, command, args);
    }

    /** The command line that runs Main with these JVM options and arguments. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", absolute(classPath)));
        command.addAll(jvmOptions);
        command.add("dev.estateaudit.Main");
        command.addAll(List.of(args));
        return command;
    }

    private static ChildRun run(Path workingDirectory, List<String> command, String... args) throws IOException, InterruptedException {
        Path out = java.nio.file.Files.createTempFile("child", ".out");
        Path err = java.nio.file.Files.createTempFile("child", ".err");
        try {
            Process child = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("estate-audit " + String.join(" ", args) + " did not end within 120 s");
            }
            return new ChildRun(child.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }

    /** Class path entries made absolute, since the child runs in another folder. */
    static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
