package dev.estateaudit.util;

/**
 * The background build: what every run of a command is sure to need (the built-in rule base, the
 * platform catalogue) started on a second thread when the run starts, so that it overlaps with the
 * main thread's work (a cold check spends about as long building the rule base as reading the
 * estate, and the machine has a second core). The main thread later asks for the same thing the
 * usual way; it is cached where it is built, so the main thread either finds it ready or waits.
 */
public final class BackgroundBuild {

    private BackgroundBuild() {
    }

    /**
     * Runs {@code work} on a daemon thread, which never keeps the process alive. What it throws is
     * dropped: the main thread does the same work again in the foreground and reports the failure
     * there, with the message a foreground failure always had.
     */
    public static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable redoneInTheForeground) {
                // the foreground does it again and reports what goes wrong
            }
        }, "estate-audit-build-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
