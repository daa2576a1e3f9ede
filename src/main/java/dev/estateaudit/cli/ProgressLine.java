package dev.estateaudit.cli;

import dev.estateaudit.util.AnsiSupport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One line on standard error saying what a long run is doing (reading, rules, report), redrawn in
 * place. Shown only on a terminal and only once a run has lasted a second: a quick run, a pipe or
 * a CI log sees nothing of it.
 */
final class ProgressLine implements AutoCloseable {

    private static final long DELAY_MS = 1000;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final long started = System.nanoTime();
    private volatile String phase = "";
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean on, long delayMs) {
        this.err = err;
        this.timer = on ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "estate-audit-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (timer != null) {
            timer.scheduleAtFixedRate(this::draw, delayMs, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** On a terminal that interprets its erase sequence, outside CI and with TERM not dumb (see AnsiSupport). */
    static ProgressLine start(PrintWriter err, Map<String, String> environment) {
        boolean terminal = AnsiSupport.escapes(environment);
        // its carriage return and erase are the tool's own codes: written past the escaping of messages
        return new ProgressLine(dev.estateaudit.util.EscapingWriter.raw(err), terminal, DELAY_MS);
    }

    void phase(String name) {
        phase = name;
    }

    private synchronized void draw() {
        if (timer.isShutdown() || phase.isEmpty()) {
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        err.print("\restate-audit: " + phase + " (" + seconds + " s)\u001b[K");
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
