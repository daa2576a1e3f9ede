package dev.estateaudit.util;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The folder estate-audit runs from, for the files it ships beside its jar (the estate file's JSON
 * Schema, say): the jar is {@code lib/estate-audit.jar} in the distribution and
 * {@code target/estate-audit.jar} (or {@code target/classes}) in a clone, so the home is the folder
 * above the jar's in both.
 */
public final class ToolHome {

    private ToolHome() {
    }

    /** A file shipped beside the jar ({@code schema/estate.schema.json}), when this installation has it. */
    public static Optional<Path> file(String relative) {
        try {
            CodeSource source = ToolHome.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path parent = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
            Path home = parent == null ? null : parent.getParent();
            return Optional.ofNullable(home).map(h -> h.resolve(relative)).filter(Files::isRegularFile);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
