package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
 * Reads the JSON form of the built-in catalogue that {@link BuiltinCatalogueWriter} wrote into
 * the records of {@link CatalogueFile}: jackson-core's parser gives maps, lists and texts, and
 * the records' constructors are called in code. Every cold check reads it. A binder (databind,
 * jackson-jr) calls each record's constructor by reflection, and from JDK 18 the first reflective
 * call of each constructor spins method-handle classes: for the 17 record types, about a tenth of
 * a cold check on JDK 25 (docs/benchmarks.md, issue 25's landings). The JSON is the build's own
 * output, so its shape is fixed; still, a field this reader does not know, a repeated field, a
 * value of the wrong kind or text after the end is an error, and the build fails unless the JSON
 * reads back to the facts its YAML gave.
 */
final class BuiltinCatalogueReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private BuiltinCatalogueReader() {
    }

    static CatalogueFile read(String name, byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(name + ": the catalogue is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) value(name, parser);
            if (parser.nextToken() != null) {
                throw new IOException(name + ": text after the end of the catalogue at " + parser.currentLocation());
            }
            return new Entry(name, Where.ROOT, root).build(BuiltinCatalogueReader::catalogue);
        }
    }

    /** The JSON value at the parser's token, as maps, lists, texts and whole numbers (the writer writes nothing else). */
    private static Object value(String name, JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    object.put(field, value(name, parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(name, parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getIntValue();
            }
            default -> throw new IOException(name + ": unexpected " + token + " at " + parser.currentLocation());
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

    /** How one element of a list, or one value of an object of named values, is read. */
    private interface Element<T> {
        T read(Object value, Where where) throws IOException;
    }

    /**
     * Where a value sits (releases[3].label), for a message only: each part is joined to its
     * parent's when a message is written, so that reading the catalogue builds no text.
     */
    private record Where(Where parent, String field, int index) {
        static final Where ROOT = new Where(null, null, -1);

        Where field(String name) {
            return new Where(this, name, -1);
        }

        Where element(int at) {
            return new Where(this, null, at);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String before = parent.toString();
            if (field == null) {
                return before + "[" + index + "]";
            }
            return before.isEmpty() ? field : before + "." + field;
        }
    }

    /**
     * One JSON object of the catalogue, its fields taken by name: an absent one is null, as the
     * writer leaves null fields out. {@link #build} refuses the fields nobody took.
     */
    private static final class Entry {
        private final String name;
        private final Where where;
        private final Map<String, Object> fields;
        private final Set<String> taken = new HashSet<>();

        Entry(String name, Where where, Map<String, Object> fields) {
            this.name = name;
            this.where = where;
            this.fields = fields;
        }

        <T> T build(Maker<T> maker) throws IOException {
            T made = maker.make(this);
            for (String field : fields.keySet()) {
                if (!taken.contains(field)) {
                    throw problem(where.field(field), "a field the catalogue does not have");
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
            return object == null ? null : new Entry(name, where.field(field), object).build(maker);
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

        private <T> List<T> each(String field, Element<T> element) throws IOException {
            List<?> values = value(field, List.class, "a list");
            if (values == null) {
                return null;
            }
            Where list = where.field(field);
            List<T> result = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                result.add(element.read(values.get(i), list.element(i)));
            }
            return result;
        }

        private <T> Map<String, T> named(String field, Element<T> element) throws IOException {
            Map<String, Object> values = value(field, objectType(), "an object");
            if (values == null) {
                return null;
            }
            Where object = where.field(field);
            Map<String, T> result = new LinkedHashMap<>();
            for (Map.Entry<String, Object> value : values.entrySet()) {
                result.put(value.getKey(), element.read(value.getValue(), object.field(value.getKey())));
            }
            return result;
        }

        private <T> T value(String field, Class<T> type, String kind) throws IOException {
            taken.add(field);
            return kind(fields.get(field), type, kind, where.field(field));
        }

        private <T> T kind(Object value, Class<T> type, String kind, Where at) throws IOException {
            if (value != null && !type.isInstance(value)) {
                throw problem(at, "expected " + kind);
            }
            return type.cast(value);
        }

        private IOException problem(Where at, String what) {
            return new IOException(name + ": " + at + ": " + what);
        }

        @SuppressWarnings("unchecked")
        private static Class<Map<String, Object>> objectType() {
            return (Class<Map<String, Object>>) (Class<?>) Map.class;
        }
    }
}
