package dev.estateaudit.estate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A short list of names (the planned upgrade order) that remembers where each entry was written,
 * so a wrong entry is reported at its own line rather than at the list's.
 */
public final class PositionedNames extends ArrayList<String> {

    private final List<SourcePosition> positions = new ArrayList<>();

    /** Where entry {@code index} was written, or null when unknown (a list built in code). */
    public SourcePosition positionOf(int index) {
        return index < positions.size() ? positions.get(index) : null;
    }

    static final class Deserializer extends StdDeserializer<List<String>> {
        Deserializer() {
            super(List.class);
        }

        @Override
        public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return TolerantBinding.refuse(p, ctxt, "expected a list of environment names", List.class);
            }
            PositionedNames names = new PositionedNames();
            String file = String.valueOf(ctxt.getAttribute(EstateMapper.SOURCE_ATTRIBUTE));
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                if (!token.isScalarValue()) {
                    TolerantBinding.refuse(p, ctxt, "expected an environment name", String.class);
                    continue;
                }
                names.add(token == JsonToken.VALUE_NULL ? null : p.getText());
                names.positions.add(new SourcePosition(file, at.getLineNr(), at.getColumnNr()));
            }
            return names;
        }
    }
}
