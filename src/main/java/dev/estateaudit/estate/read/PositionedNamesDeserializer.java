package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.estateaudit.estate.PositionedNames;
import dev.estateaudit.estate.SourcePosition;
import java.io.IOException;
import java.util.List;

/** Binds the planned upgrade order as {@link PositionedNames}: each entry with the line and column it was written at. */
final class PositionedNamesDeserializer extends StdDeserializer<List<String>> {

    PositionedNamesDeserializer() {
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
            names.add(token == JsonToken.VALUE_NULL ? null : p.getText(), new SourcePosition(file, at.getLineNr(), at.getColumnNr()));
        }
        return names;
    }
}
