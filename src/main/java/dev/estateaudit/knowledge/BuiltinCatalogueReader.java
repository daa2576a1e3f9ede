package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.estateaudit.knowledge.CatalogueFile.ApplicationServerEntry;
import dev.estateaudit.knowledge.CatalogueFile.CloudUpgradeEntry;
import dev.estateaudit.knowledge.CatalogueFile.ConstraintEntry;
import dev.estateaudit.knowledge.CatalogueFile.Coverage;
import dev.estateaudit.knowledge.CatalogueFile.DatabaseEntry;
import dev.estateaudit.knowledge.CatalogueFile.LifetimeReleaseEntry;
import dev.estateaudit.knowledge.CatalogueFile.MajorReleaseEntry;
import dev.estateaudit.knowledge.CatalogueFile.MajorSupportEntry;
import dev.estateaudit.knowledge.CatalogueFile.OperatingSystemEntry;
import dev.estateaudit.knowledge.CatalogueFile.ReleaseEntry;
import dev.estateaudit.knowledge.CatalogueFile.ReleaseNoticeEntry;
import dev.estateaudit.knowledge.CatalogueFile.RepublishEntry;
import dev.estateaudit.knowledge.CatalogueFile.RuntimeEntry;
import dev.estateaudit.knowledge.CatalogueFile.SourceEntry;
import dev.estateaudit.knowledge.CatalogueFile.VendorSupportEntry;
import dev.estateaudit.knowledge.CatalogueFile.WithdrawnReleaseEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON form of the built-in catalogue that {@link BuiltinCatalogueWriter} wrote, into
 * the records of {@link CatalogueFile}, by calling their constructors in code. Every cold check
 * reads it; a binder calls each record's constructor by reflection, and from JDK 18 the first
 * reflective call of each constructor spins method-handle classes: about 20 ms of CPU on JDK 25
 * for the catalogue's 17 record types (docs/benchmarks.md). The JSON is the build's own output, so
 * its shape is fixed; still, a field this reader does not know, a repeated field, a value of the
 * wrong kind or text after the end is an error, and the build fails unless the JSON reads back to
 * the facts its YAML gave.
 */
final class BuiltinCatalogueReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JSON TREE = JSON.builder(FACTORY).build();

    private BuiltinCatalogueReader() {
    }

    static CatalogueFile read(String name, byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            Map<String, Object> root = TREE.mapFrom(parser);
            if (parser.nextToken() != null) {
                throw new IOException(name + ": text after the end of the catalogue at " + parser.currentLocation());
            }
            return new Entry(name, "", root).build(BuiltinCatalogueReader::catalogue);
        }
    }

    private static CatalogueFile catalogue(Entry e) throws IOException {
        return new CatalogueFile(
                e.map("sources", s -> new SourceEntry(s.text("title"), s.text("url"), s.text("path"))),
                e.entry("coverage", c -> new Coverage(c.text("from"), c.text("horizon"), c.text("source"))),
                e.list("operatingSystems", o -> new OperatingSystemEntry(o.text("name"), o.text("from"), o.text("until"),
                        o.texts("excludedEditions"), o.text("note"), o.text("source"))),
                e.list("applicationServers", a -> new ApplicationServerEntry(a.text("name"), a.text("minimumVersion"),
                        a.text("from"), a.text("until"), a.text("note"), a.text("source"))),
                e.list("databases", d -> new DatabaseEntry(d.text("provider"), d.text("version"), d.text("from"),
                        d.text("until"), d.texts("excludedEditions"), d.texts("editions"), d.numbers("compatibilityLevels"),
                        d.text("minimumServiceTier"), d.texts("serviceTiersBelowMinimum"), d.text("note"), d.text("source"))),
                e.list("runtimePrerequisites", r -> new RuntimeEntry(r.text("component"), r.text("minimum"), r.text("line"),
                        r.text("maximum"), r.text("from"), r.text("until"), r.text("note"), r.text("source"))),
                e.list("releases", r -> new ReleaseEntry(r.text("version"), r.text("after"), r.text("before"), r.text("label"),
                        r.texts("breakingChanges"), r.texts("sideEffects"), r.text("source"))),
                e.list("constraints", c -> new ConstraintEntry(c.text("id"), c.text("from"), c.text("text"), c.text("source"))),
                e.list("republishing", r -> new RepublishEntry(r.text("level"), r.text("sourceFrom"), r.text("sourceUntil"),
                        r.text("targetFrom"), r.text("targetUntil"), r.texts("databaseProviders"), r.text("reason"), r.text("source"))),
                e.list("majorReleases", m -> new MajorReleaseEntry(m.number("major"), m.text("breakingChanges"), m.text("whatsNew"))),
                e.textMap("procedures"),
                e.list("vendorSupport", v -> new VendorSupportEntry(v.text("operatingSystem"), v.text("databaseProvider"),
                        v.text("databaseVersion"), v.text("ends"), v.text("note"), v.text("source"))),
                e.list("majorSupport", m -> new MajorSupportEntry(m.number("major"), m.text("ends"), m.texts("applicationServers"),
                        m.texts("databaseProviders"), m.text("note"), m.text("source"))),
                e.list("cloudUpgrades", c -> new CloudUpgradeEntry(c.number("major"), c.text("minimumVersion"),
                        c.text("lifetimeVersion"), c.text("operatingSystem"), c.text("by"), c.text("source"))),
                e.list("lifetimeReleases", l -> new LifetimeReleaseEntry(l.text("version"), l.text("released"),
                        l.text("platformServer"), l.text("note"), l.text("source"))),
                e.list("withdrawnReleases", w -> new WithdrawnReleaseEntry(w.text("product"), w.text("version"),
                        w.text("withdrawn"), w.text("replacement"), w.text("note"), w.text("source"))),
                e.list("releaseNotices", r -> new ReleaseNoticeEntry(r.text("version"), r.text("text"), r.text("source"))));
    }

    /** An interface rather than Function: a record's constructor in code may throw the reader's IOException. */
    private interface Maker<T> {
        T make(Entry entry) throws IOException;
    }

    /**
     * One JSON object of the catalogue, its fields taken by name: an absent one is null, as the
     * writer leaves null fields out. {@link #build} refuses the fields nobody took.
     */
    private static final class Entry {
        private final String name;
        private final String path;
        private final Map<String, Object> fields;
        private final Set<String> taken = new HashSet<>();

        Entry(String name, String path, Map<String, Object> fields) {
            this.name = name;
            this.path = path;
            this.fields = fields;
        }

        <T> T build(Maker<T> maker) throws IOException {
            T made = maker.make(this);
            for (String field : fields.keySet()) {
                if (!taken.contains(field)) {
                    throw problem(field, "a field the catalogue does not have");
                }
            }
            return made;
        }

        String text(String field) throws IOException {
            return value(field, String.class, "text");
        }

        Integer number(String field) throws IOException {
            return value(field, Integer.class, "a whole number");
        }

        List<String> texts(String field) throws IOException {
            return each(field, (value, at) -> kind(value, String.class, "text", at));
        }

        List<Integer> numbers(String field) throws IOException {
            return each(field, (value, at) -> kind(value, Integer.class, "a whole number", at));
        }

        <T> T entry(String field, Maker<T> maker) throws IOException {
            Map<String, Object> object = value(field, objectType(), "an object");
            return object == null ? null : new Entry(name, at(field), object).build(maker);
        }

        <T> List<T> list(String field, Maker<T> maker) throws IOException {
            return each(field, (value, at) -> new Entry(name, at, kind(value, objectType(), "an object", at)).build(maker));
        }

        /** An object of objects under names of their own (the sources, by key). */
        <T> Map<String, T> map(String field, Maker<T> maker) throws IOException {
            return named(field, (value, at) -> new Entry(name, at, kind(value, objectType(), "an object", at)).build(maker));
        }

        /** An object of texts under names of their own (the procedures). */
        Map<String, String> textMap(String field) throws IOException {
            return named(field, (value, at) -> kind(value, String.class, "text", at));
        }

        /** How one element of a list, or one value of an object of named values, is read. */
        private interface Element<T> {
            T read(Object value, String at) throws IOException;
        }

        private <T> Map<String, T> named(String field, Element<T> element) throws IOException {
            Map<String, Object> values = value(field, objectType(), "an object");
            if (values == null) {
                return null;
            }
            Map<String, T> result = new LinkedHashMap<>();
            for (Map.Entry<String, Object> value : values.entrySet()) {
                result.put(value.getKey(), element.read(value.getValue(), at(field) + "." + value.getKey()));
            }
            return result;
        }

        private <T> List<T> each(String field, Element<T> element) throws IOException {
            List<?> values = value(field, List.class, "a list");
            if (values == null) {
                return null;
            }
            List<T> result = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                result.add(element.read(values.get(i), at(field) + "[" + i + "]"));
            }
            return result;
        }

        private <T> T value(String field, Class<T> type, String kind) throws IOException {
            taken.add(field);
            return kind(fields.get(field), type, kind, at(field));
        }

        private <T> T kind(Object value, Class<T> type, String kind, String at) throws IOException {
            if (value != null && !type.isInstance(value)) {
                throw new IOException(name + ": " + at + ": expected " + kind);
            }
            return type.cast(value);
        }

        private IOException problem(String field, String what) {
            return new IOException(name + ": " + at(field) + ": " + what);
        }

        private String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        @SuppressWarnings("unchecked")
        private static Class<Map<String, Object>> objectType() {
            return (Class<Map<String, Object>>) (Class<?>) Map.class;
        }
    }
}
