package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.knowledge.CloudUpgradeDeadline;
import dev.estateaudit.knowledge.DocumentSource;
import dev.estateaudit.knowledge.LifetimeRelease;
import dev.estateaudit.knowledge.MajorSupportEnd;
import dev.estateaudit.knowledge.PlatformKnowledge;
import dev.estateaudit.knowledge.ReleaseChanges;
import dev.estateaudit.knowledge.ReleasedProduct;
import dev.estateaudit.knowledge.VendorSupportEnd;
import dev.estateaudit.knowledge.WithdrawnRelease;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What {@code estate-audit knowledge} prints: the catalogue's horizon, the releases it knows, the
 * support ends with their sources, and every source, as text or JSON. Listed in the catalogue's
 * own order, so the same catalogue always prints the same bytes.
 */
public final class KnowledgeListing {

    /** The JSON document's version; raised when a field changes meaning or goes. */
    public static final int SCHEMA_VERSION = 1;

    private KnowledgeListing() {
    }

    public static void text(PlatformKnowledge k, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Platform catalogue: ").append(k.origin()).append('\n');
        sb.append("Horizon: Platform Server ").append(k.horizon().horizon()).append(" (it judges targets from ")
                .append(k.horizon().since()).append(" to ").append(k.horizon().horizon()).append("; source: ")
                .append(k.horizon().source().title()).append(")\n");
        sb.append("\nReleases known (").append(k.releases().size()).append(", with their documented changes):\n");
        for (ReleaseChanges r : k.releases()) {
            String where = r.version() != null ? r.version().toString() : "after " + r.placedAfter() + ", before " + r.placedBefore();
            sb.append("  ").append(where).append(r.label().equals(where) ? "" : "  " + r.label())
                    .append(withdrawnMark(k, ReleasedProduct.PLATFORM_SERVER, r.version())).append('\n');
        }
        sb.append("\nLifeTime releases known (").append(k.lifetimeReleases().size()).append(", with the Platform Server each bundles):\n");
        for (LifetimeRelease l : k.lifetimeReleases()) {
            sb.append("  ").append(l.version()).append("  ").append(l.released())
                    .append(l.isBundling() ? "  bundles Platform Server " + l.platformServer() : "")
                    .append(withdrawnMark(k, ReleasedProduct.LIFETIME, l.version())).append('\n');
        }
        sb.append("\nWithdrawn releases:\n");
        if (k.withdrawnReleases().isEmpty()) {
            sb.append("  (none listed)\n");
        }
        for (WithdrawnRelease w : k.withdrawnReleases()) {
            sb.append("  ").append(w.product().displayName()).append(' ').append(w.version()).append("  withdrawn ")
                    .append(w.withdrawn()).append("; take ").append(w.replacement()).append(" instead  (")
                    .append(w.source().title()).append(")\n");
        }
        sb.append("\nVendor support ends (OutSystems supports a version only while its vendor does):\n");
        if (k.vendorSupport().isEmpty()) {
            sb.append("  (none listed)\n");
        }
        for (VendorSupportEnd v : vendorSupport(k)) {
            sb.append("  ").append(v.ends()).append("  ").append(v.product()).append("  (").append(v.source().title()).append(")\n");
        }
        sb.append("\nOutSystems support of major versions:\n");
        if (k.majorSupport().isEmpty()) {
            sb.append("  (none listed)\n");
        }
        for (MajorSupportEnd m : k.majorSupport()) {
            sb.append("  ").append(m.ends()).append("  OutSystems ").append(m.major()).append(appliesTo(m))
                    .append("  (").append(m.source().title()).append(")\n");
        }
        sb.append("\nOutSystems Cloud upgrade plans:\n");
        if (k.cloudUpgrades().isEmpty()) {
            sb.append("  (none listed)\n");
        }
        for (CloudUpgradeDeadline c : k.cloudUpgrades()) {
            sb.append("  ").append(c.by()).append("  every OutSystems ").append(c.major()).append(" Cloud environment on Platform Server ")
                    .append(c.minimumVersion()).append(" or later").append(brings(c)).append("  (").append(c.source().title()).append(")\n");
        }
        Map<String, DocumentSource> sources = sources(k);
        sb.append("\nSources (").append(sources.size()).append("):\n");
        sources.values().forEach(s -> sb.append("  ").append(s.title()).append("\n    ").append(s.url()).append('\n'));
        out.write(sb.toString());
    }

    public static void json(PlatformKnowledge k, Writer out) throws IOException {
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            ReportJson.writeHeader(json, SCHEMA_VERSION);
            json.writeStringField("source", k.origin());
            json.writeStringField("from", k.horizon().since().toString());
            json.writeStringField("horizon", k.horizon().horizon().toString());
            json.writeArrayFieldStart("releases");
            for (ReleaseChanges r : k.releases()) {
                json.writeStartObject();
                if (r.version() != null) {
                    json.writeStringField("version", r.version().toString());
                } else {
                    // a release without a documented version number (Release Oct.2019), placed between two
                    json.writeStringField("after", r.placedAfter().toString());
                    json.writeStringField("before", r.placedBefore().toString());
                }
                json.writeStringField("label", r.label());
                json.writeStringField("source", r.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("lifetimeReleases");
            for (LifetimeRelease l : k.lifetimeReleases()) {
                json.writeStartObject();
                json.writeStringField("version", l.version().toString());
                json.writeStringField("released", l.released().toString());
                json.writeStringField("platformServer", l.isBundling() ? l.platformServer().toString() : null);
                json.writeStringField("withdrawn", withdrawn(k, ReleasedProduct.LIFETIME, l.version()).map(WithdrawnRelease::withdrawn).orElse(null));
                json.writeStringField("source", l.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("withdrawnReleases");
            for (WithdrawnRelease w : k.withdrawnReleases()) {
                json.writeStartObject();
                json.writeStringField("product", w.product().label());
                json.writeStringField("version", w.version().toString());
                json.writeStringField("withdrawn", w.withdrawn());
                json.writeStringField("replacement", w.replacement().toString());
                json.writeStringField("source", w.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("vendorSupport");
            for (VendorSupportEnd v : vendorSupport(k)) {
                json.writeStartObject();
                json.writeStringField("product", v.product());
                json.writeStringField("ends", v.ends().toString());
                json.writeStringField("source", v.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("majorSupport");
            for (MajorSupportEnd m : k.majorSupport()) {
                json.writeStartObject();
                json.writeNumberField("major", m.major());
                json.writeStringField("ends", m.ends().toString());
                writeStrings(json, "applicationServers", m.applicationServers().stream().map(s -> s.label()).toList());
                writeStrings(json, "databaseProviders", m.databaseProviders().stream().map(p -> p.label()).toList());
                json.writeStringField("source", m.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cloudUpgrades");
            for (CloudUpgradeDeadline c : k.cloudUpgrades()) {
                json.writeStartObject();
                json.writeNumberField("major", c.major());
                json.writeStringField("minimumVersion", c.minimumVersion().toString());
                json.writeStringField("by", c.by().toString());
                json.writeStringField("source", c.source().url());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sources");
            for (DocumentSource s : sources(k).values()) {
                json.writeStartObject();
                json.writeStringField("title", s.title());
                json.writeStringField("url", s.url());
                if (s.path() != null) {
                    json.writeStringField("path", s.path());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** The withdrawal of a listed release, if the catalogue's withdrawnReleases names it. */
    private static java.util.Optional<WithdrawnRelease> withdrawn(PlatformKnowledge k, ReleasedProduct product, dev.estateaudit.estate.Version version) {
        return k.withdrawnReleases().stream().filter(w -> w.product() == product && w.version().equals(version)).findFirst();
    }

    /** In the release tables, a withdrawn release says so beside it: nobody should pick it as a target. */
    private static String withdrawnMark(PlatformKnowledge k, ReleasedProduct product, dev.estateaudit.estate.Version version) {
        return version == null ? "" : withdrawn(k, product, version)
                .map(w -> "  (withdrawn " + w.withdrawn() + "; take " + w.replacement() + ")").orElse("");
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** By date, then name: the order someone planning replacements reads them in. */
    private static List<VendorSupportEnd> vendorSupport(PlatformKnowledge k) {
        return k.vendorSupport().stream()
                .sorted(Comparator.comparing(VendorSupportEnd::ends).thenComparing(VendorSupportEnd::product)).toList();
    }

    private static String appliesTo(MajorSupportEnd m) {
        if (m.isGeneral()) {
            return "";
        }
        List<String> on = Stream.concat(m.applicationServers().stream().map(s -> s.label()),
                m.databaseProviders().stream().map(p -> p.label())).toList();
        return " on " + String.join(", ", on.subList(0, on.size() - 1)) + (on.size() > 1 ? " or " : "") + on.get(on.size() - 1);
    }

    private static String brings(CloudUpgradeDeadline c) {
        List<String> parts = Stream.of(c.lifetimeVersion() == null ? null : "LifeTime " + c.lifetimeVersion(), c.operatingSystem())
                .filter(java.util.Objects::nonNull).toList();
        return parts.isEmpty() ? "" : " (with " + String.join(" and ", parts) + ")";
    }

    /** Every document the catalogue names, by its key there. */
    private static Map<String, DocumentSource> sources(PlatformKnowledge k) {
        return new TreeMap<>(k.sources());
    }
}
