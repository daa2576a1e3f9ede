package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.io.PrintStream;
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
        return dev.estateaudit.util.Terminal.standardError() ? new Bar(task, System.err) : none();
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
