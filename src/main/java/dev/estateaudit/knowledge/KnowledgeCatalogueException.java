package dev.estateaudit.knowledge;

import dev.estateaudit.estate.read.EstateInputException;
import java.util.List;

/**
 * The platform catalogue is malformed: one line per problem, each naming the file, the line where
 * it knows it, and the field ({@code FILE:LINE: field: problem}).
 */
public class KnowledgeCatalogueException extends EstateInputException {

    private final List<String> problems;

    public KnowledgeCatalogueException(String message) {
        this(List.of(message));
    }

    KnowledgeCatalogueException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
