package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.estateaudit.estate.Version;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a field that holds one version or a list of them (the hosting bundles installed side by
 * side on a front end): {@code "8.0.11"} or {@code ["6.0.36", "8.0.11"]}. Each element is read as
 * any version is, so a refused element is named at its own line and index
 * ({@code environments[0].dotnetHostingBundle[1]}); an empty item or an empty list is refused too.
 */
final class VersionListDeserializer extends StdDeserializer<List<Version>> {

    VersionListDeserializer() {
        super(List.class);
    }

    @Override
    public List<Version> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonDeserializer<Object> version = ctxt.findRootValueDeserializer(ctxt.constructType(Version.class));
        if (p.currentToken() != JsonToken.START_ARRAY) {
            Version one = (Version) version.deserialize(p, ctxt);
            return one == null ? null : List.of(one);
        }
        List<Version> versions = new ArrayList<>();
        boolean refused = false;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            // YAML reads an item with nothing after its dash as an empty text
            boolean empty = token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && p.getText().isBlank();
            Version one = empty
                    ? TolerantBinding.refuse(p, ctxt, "empty list item: expected a version such as \"8.0.11\"", Version.class)
                    : (Version) version.deserialize(p, ctxt);
            if (one == null) {
                refused = true;
            } else {
                versions.add(one);
            }
        }
        if (versions.isEmpty() && !refused) {
            return TolerantBinding.refuse(p, ctxt, "an empty list: give at least one version, e.g. [\"8.0.11\"], or leave the field out",
                    List.class);
        }
        return versions.isEmpty() ? null : List.copyOf(versions);
    }
}
