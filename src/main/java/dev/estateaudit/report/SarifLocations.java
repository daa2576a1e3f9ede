package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.findings.Subject;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a result or notification points: the estate file and line of its subject (physical), and
 * the environment, zone, front end and module it concerns (logical). A file inside the root is a
 * URI relative to {@code %SRCROOT%}, one outside it an absolute {@code file:} URI.
 */
final class SarifLocations {

    private final Path root;
    /** The file named when a subject's position is unknown: the estate's first file. */
    private final String fallbackFile;

    private SarifLocations(Path root, String fallbackFile) {
        this.root = root;
        this.fallbackFile = fallbackFile;
    }

    static SarifLocations of(AuditReport report, Path root) {
        var files = report.result().estate().getFiles();
        return new SarifLocations(root, files.isEmpty() ? "estate.yaml" : files.get(0));
    }

    void writeLocation(JsonGenerator json, Subject subject) throws IOException {
        json.writeStartObject();
        writePhysicalLocation(json, subject.position());
        writeLogicalLocations(json, subject);
        json.writeEndObject();
    }

    /** The file and line of a position, or line 1 of the fallback file when the position is unknown. */
    void writePhysicalLocation(JsonGenerator json, SourcePosition position) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, position == null ? fallbackFile : position.file());
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", position == null ? 1 : Math.max(1, position.line()));
        if (position != null && position.column() > 0) {
            json.writeNumberField("startColumn", position.column());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * A file inside the root as a URI relative to {@code %SRCROOT%}, one outside it as an absolute
     * {@code file:} URI with no base: the same file gives the same location whether it was named by
     * a relative or an absolute path.
     */
    private void writeArtifactLocation(JsonGenerator json, String file) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        Path path = SarifUris.absolute(file);
        if (path != null && path.startsWith(root)) {
            json.writeStringField("uri", SarifUris.relativeUri(root.relativize(path)));
            json.writeStringField("uriBaseId", SarifUris.SRCROOT);
        } else if (path != null) {
            json.writeStringField("uri", path.toUri().toASCIIString());
        } else {
            json.writeStringField("uri", SarifUris.encode(file.replace('\\', '/')));
        }
        json.writeEndObject();
    }

    private static void writeLogicalLocations(JsonGenerator json, Subject subject) throws IOException {
        String[][] parts = {
            {subject.environment(), "namespace", "environment"},
            {subject.zone(), "namespace", "zone"},
            {subject.frontEnd(), "resource", "frontEnd"},
            {subject.module(), "module", "module"}};
        json.writeArrayFieldStart("logicalLocations");
        StringBuilder path = new StringBuilder();
        for (String[] part : parts) {
            if (part[0] == null) {
                continue;
            }
            path.append(path.isEmpty() ? "" : "/").append(part[0]);
            json.writeStartObject();
            json.writeStringField("name", part[0]);
            json.writeStringField("fullyQualifiedName", path.toString());
            json.writeStringField("kind", part[1]);
            json.writeObjectFieldStart("properties");
            json.writeStringField("estateObject", part[2]);
            json.writeEndObject();
            json.writeEndObject();
        }
        if (path.isEmpty()) {
            json.writeStartObject();
            json.writeStringField("name", "estate");
            json.writeStringField("kind", "namespace");
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
