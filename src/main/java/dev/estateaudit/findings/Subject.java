package dev.estateaudit.findings;

import dev.estateaudit.estate.SourcePosition;
import java.util.Objects;

/**
 * What a finding is about: an environment, and within it a module, or a zone and a front end.
 * All absent means the estate as a whole. The position is that of the most specific object.
 */
public record Subject(String environment, String module, String zone, String frontEnd, SourcePosition position) {

    public static final Subject ESTATE = new Subject(null, null, null, null, null);

    public boolean isEstate() {
        return environment == null && module == null && zone == null && frontEnd == null;
    }

    /** A short human label: "Production / Orders_CS", or "estate". */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {environment, zone, frontEnd, module}) {
            if (part != null) {
                sb.append(sb.isEmpty() ? "" : " / ").append(part);
            }
        }
        return sb.isEmpty() ? "estate" : sb.toString();
    }

    /** The same environment, module, zone and front end, wherever they were written. */
    public boolean sameNames(Subject o) {
        return Objects.equals(environment, o.environment) && Objects.equals(module, o.module)
                && Objects.equals(zone, o.zone) && Objects.equals(frontEnd, o.frontEnd);
    }
}
