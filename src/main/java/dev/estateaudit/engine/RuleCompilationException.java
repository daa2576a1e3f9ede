package dev.estateaudit.engine;

import java.util.List;

/** A rule file that does not compile; each problem is "file:line: message". */
public class RuleCompilationException extends RuntimeException {

    private final List<String> problems;

    public RuleCompilationException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
