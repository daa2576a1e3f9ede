package dev.estateaudit.estate.read.guard;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.estateaudit.util.HiddenText;
import java.io.IOException;

/**
 * The bounds on what an estate file may hold, checked as its tokens stream past (one pass, no
 * tree): each a clear error at its line instead of a run that exhausts the heap or the patience of
 * a pipeline. They sit far above real estates: the benchmarks' largest, a million modules in a
 * 250 MB file, loads with room to spare. Also refuses YAML aliases, which Jackson would otherwise
 * read as the anchor's name ({@code references: [*core]} becoming the text "core"), and keys and
 * values holding a line break only YAML sees or half of a UTF-16 pair ({@link HiddenText}).
 */
public final class InputLimits extends JsonParserDelegate {

    /** Characters in one value: far more than any name, note or URL. */
    public static final int MAX_STRING = 4 * 1024 * 1024;
    /** Items in one list or fields in one mapping. */
    public static final int MAX_ITEMS = 20_000_000;
    /** Nested lists and mappings (an estate needs fewer than ten). */
    public static final int MAX_DEPTH = 200;
    /** Characters in one document: four times the largest benchmark estate. */
    public static final int MAX_DOCUMENT = 1024 * 1024 * 1024;

    /** Per open container: its direct children so far, and whether it is a list. */
    private int[] counts = new int[16];
    private boolean[] lists = new boolean[16];
    private int depth;

    public InputLimits(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Refused(this, "YAML aliases (*" + delegate.getText() + ") are not supported: "
                    + "write the value out where it is used");
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                itemOfList();
                open(token == JsonToken.START_ARRAY);
            }
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> {
                refuseHiddenText();
                count();
            }
            case VALUE_STRING -> {
                if (delegate.getTextLength() > MAX_STRING) {
                    throw new Refused(this, "a text of " + delegate.getTextLength() + " characters, more than the "
                            + MAX_STRING + " an estate value may hold");
                }
                refuseHiddenText();
                itemOfList();
            }
            default -> itemOfList();
        }
        return token;
    }

    /** Line breaks only YAML sees and lone surrogates, written raw or as escapes, in a key or a value. */
    private void refuseHiddenText() throws IOException {
        String problem = HiddenText.problem(delegate.getText());
        if (problem != null) {
            throw new Refused(this, problem);
        }
    }

    private void open(boolean list) throws Refused {
        if (++depth > MAX_DEPTH) {
            throw new Refused(this, "lists and mappings nested more than " + MAX_DEPTH + " deep");
        }
        if (depth >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            lists = java.util.Arrays.copyOf(lists, lists.length * 2);
        }
        counts[depth] = 0;
        lists[depth] = list;
    }

    /** A value in a list is one of its items; in a mapping its field name was counted already. */
    private void itemOfList() throws Refused {
        if (depth > 0 && lists[depth]) {
            count();
        }
    }

    private void count() throws Refused {
        if (++counts[depth] > MAX_ITEMS) {
            throw new Refused(this, "more than " + MAX_ITEMS + " items in one list or mapping");
        }
    }

    // Jackson's deserializers step with these; each goes through nextToken() so that no token escapes the checks.

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) {
                return this;
            }
            if (t.isStructStart()) {
                open++;
            } else if (t.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    /** A limit or an alias: reported as it is, at its line, not as a syntax error. */
    public static final class Refused extends JsonParseException {
        private static final long serialVersionUID = 1L;

        Refused(JsonParser parser, String message) {
            // where the value starts, not where the parser stopped after it
            super(parser, message, parser.currentTokenLocation(), null);
        }
    }
}
