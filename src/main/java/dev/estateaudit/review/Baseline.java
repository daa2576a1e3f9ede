package dev.estateaudit.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.CharacterRefused;
import dev.estateaudit.estate.read.guard.GuardedMappers;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier run's JSON report, to ratchet against: a finding whose fingerprint it holds is
 * unchanged, any other is new, and those it holds that are gone now are fixed.
 */
public final class Baseline {

    /**
     * The schemaVersion of the JSON report this estate-audit writes and reads back as a baseline
     * (docs/report-json.md); it lives here because reading a baseline must not depend on the renderer.
     */
    public static final int REPORT_SCHEMA_VERSION = 2;
    /** The oldest report schemaVersion read as a baseline: 2 added what a report was judged against, nothing a baseline reads. */
    static final int OLDEST_READABLE_SCHEMA_VERSION = 1;

    private final String name;
    private final String estateName;
    private final Map<String, FixedFinding> byFingerprint;

    private Baseline(String name, String estateName, Map<String, FixedFinding> byFingerprint) {
        this.name = name;
        this.estateName = estateName;
        this.byFingerprint = byFingerprint;
    }

    public static Baseline read(Path file) {
        InputProblems problems = new InputProblems(file.toString());
        JsonNode root = null;
        try (JsonParser parser = GuardedMappers.open(GuardedMappers.json(), file)) {
            root = GuardedMappers.json().readTree(parser);
            if (parser.nextToken() != null) {
                problems.add(parser.currentTokenLocation(), "content after the report's end; a baseline is one JSON report, "
                        + "as check --format json writes it");
            }
        } catch (JsonProcessingException e) {
            String undecodable = CharacterRefused.undecodableJson(e.getOriginalMessage());
            problems.add(e.getLocation(), undecodable != null ? undecodable : "not a JSON report (use a report written by check --format json): "
                    + InputProblems.clipQuotations(e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new EstateInputException(file + ": " + (Files.exists(file) ? "cannot be read: " + e.getMessage() : "no such baseline file"));
        }
        problems.throwIfAny();
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new EstateInputException(file + ": not a JSON report of estate-audit (no 'findings' list); "
                    + "use a report written by check --format json");
        }
        JsonNode version = root.path("schemaVersion");
        if (!version.isInt() || version.asInt() < OLDEST_READABLE_SCHEMA_VERSION || version.asInt() > REPORT_SCHEMA_VERSION) {
            throw new EstateInputException(file + ": unknown report schemaVersion " + (version.isMissingNode() ? "(none)"
                    : version.isNumber() ? version.asText() : TerminalText.quote(version.asText(), InputProblems.QUOTED_FROM_A_WRONG_FILE))
                    + "; this estate-audit reads baselines of schemaVersion " + OLDEST_READABLE_SCHEMA_VERSION + " to " + REPORT_SCHEMA_VERSION);
        }
        Map<String, FixedFinding> findings = new LinkedHashMap<>();
        JsonNode list = root.get("findings");
        for (int i = 0; i < list.size(); i++) {
            BaselineFinding.read(list.get(i), "findings[" + i + "]", problems)
                    .ifPresent(f -> findings.putIfAbsent(f.fingerprint(), f));
        }
        problems.throwIfAny();
        return new Baseline(file.toString(), root.path("estate").path("name").asText(null), findings);
    }

    /** Marks the result's findings new or unchanged and lists the fixed ones; another estate's baseline is refused. */
    public ReviewedResult compare(ReviewedResult result) {
        String current = result.estate().getName();
        if (estateName == null || !estateName.equals(current)) {
            throw new EstateInputException(name + ": the baseline is a report of estate '" + estateName
                    + "', not of '" + current + "'; compare an estate only with its own earlier report");
        }
        List<ReviewedFinding> marked = new ArrayList<>(result.findings().size());
        Set<String> present = new HashSet<>();
        for (ReviewedFinding f : result.findings()) {
            present.add(f.fingerprint());
            marked.add(f.withStatus(byFingerprint.containsKey(f.fingerprint()) ? BaselineStatus.UNCHANGED : BaselineStatus.NEW));
        }
        List<FixedFinding> fixed = byFingerprint.values().stream().filter(b -> !present.contains(b.fingerprint())).toList();
        return result.withBaseline(name, marked, fixed);
    }
}
