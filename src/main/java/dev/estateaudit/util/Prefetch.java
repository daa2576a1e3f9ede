package dev.estateaudit.util;

/**
 * Starts work a run is sure to need on a background thread, so that it overlaps with the main
 * thread's (a cold check spends about as long building the rule base as reading the estate, and
 * the machine has a second core). The main thread later asks for the same thing the usual way; the
 * work is cached where it is done, so the main thread either finds it ready or waits for it.
 */
public final class Prefetch {

    private Prefetch() {
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
        }, "estate-audit-prefetch-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
