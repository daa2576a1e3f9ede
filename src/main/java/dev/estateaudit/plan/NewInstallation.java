package dev.estateaudit.plan;

/**
 * A plan rule's finding that an environment cannot be upgraded in place (the Java stack, a MySQL
 * platform database, or servers on an operating system the target does not support), and why: its
 * plan is a new installation and a migration instead of the installer.
 */
public record NewInstallation(String environment, String reason) {
    public String getEnvironment() { return environment; }
    public String getReason() { return reason; }
}
