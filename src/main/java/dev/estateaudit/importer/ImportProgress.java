package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of the LifeTime calls, drawn on standard error by the progressbar library when (and
 * only when) standard error is a terminal: a pipeline's log or a redirected file gets no bar.
 */
public interface ImportProgress extends AutoCloseable {

    void start(long totalSteps);

    void step();

    @Override
    void close();

    /** Draws nothing. */
    static ImportProgress none() {
        return new ImportProgress() {
            @Override public void start(long totalSteps) { }
            @Override public void step() { }
            @Override public void close() { }
        };
    }

    /** A bar on the process's standard error if that is a terminal, else {@link #none()}. */
    static ImportProgress onTerminal(String task) {
        return StandardError.isTerminal() ? new Bar(task, System.err) : none();
    }

    /** Tells whether standard error is a terminal (Java has no isatty of its own). */
    final class StandardError {
        private StandardError() {
        }

        static boolean isTerminal() {
            if (System.console() == null && !Files.exists(Path.of("/proc/self/fd/2"))) {
                return false;
            }
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (Exception e) {
                // no /proc (not Linux): a console means both standard streams are terminals
                return System.console() != null;
            }
        }
    }

    /** The progressbar library's bar. */
    final class Bar implements ImportProgress {
        private final String task;
        private final PrintStream stream;
        private ProgressBar bar;

        Bar(String task, PrintStream stream) {
            this.task = task;
            this.stream = stream;
        }

        @Override
        public void start(long totalSteps) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalSteps)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stream))
                    .setUpdateIntervalMillis(100).clearDisplayOnFinish().hideEta().build();
        }

        @Override
        public void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
