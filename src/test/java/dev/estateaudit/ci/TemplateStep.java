package dev.estateaudit.ci;

import java.util.List;

/**
 * One step of a CI template as the service would run it on Linux: a shell script with the command
 * line that runs it ({@code {0}} stands for the script file), or a step that calls the service's
 * own action or task, which no test here can run ({@code script} null).
 *
 * @param name      what the step is called: its display name, or the action or task it calls
 * @param script    the shell script, or null for a service's own action or task
 * @param shell     the command that runs the script file, "{0}" standing for it
 * @param afterFailure whether the service runs the step when an earlier step failed (always(), succeededOrFailed(), post { always })
 * @param onlyIfFile the step runs only when this file exists (GitHub's {@code hashFiles('…') != ''}), or null
 */
record TemplateStep(String name, String script, List<String> shell, boolean afterFailure, String onlyIfFile) {

    static TemplateStep serviceStep(String name, boolean afterFailure) {
        return new TemplateStep(name, null, List.of(), afterFailure, null);
    }

    boolean runsHere() {
        return script != null;
    }
}
