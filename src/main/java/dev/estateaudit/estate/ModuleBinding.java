package dev.estateaudit.estate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a module, the object an estate holds a million of, field by field with direct setters: each
 * value still goes through the deserializer Jackson chose for its field (the same versions, texts,
 * timestamps and coercions), but without Jackson's reflection and per-property bookkeeping. Used by
 * the {@link PlainRead} only: anything it does not expect (an unknown key, a null, a nested value
 * where a scalar belongs) gives up the plain read, and the tolerant read, Jackson's own bean
 * binding, reads the file again and words the problem. Outside a plain read it is Jackson's binding.
 */
final class ModuleBinding extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    /** The value deserializers of the module's fields, taken from Jackson's once it is resolved. */
    private transient volatile Fields fields;

    ModuleBinding(JsonDeserializer<?> bean) {
        super(bean);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new ModuleBinding(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!PlainRead.isUnderWay(ctxt)) {
            return super.deserialize(p, ctxt);
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw PlainRead.notPlain(p);
        }
        Fields f = fields();
        EstateModule module = new EstateModule();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL || value == null) {
                throw PlainRead.notPlain(p);
            }
            switch (field) {
                case "name" -> module.setName((String) scalar(f.name, p, ctxt));
                case "kind" -> module.setKind((ModuleKind) scalar(f.kind, p, ctxt));
                case "application" -> module.setApplication((String) scalar(f.application, p, ctxt));
                case "debugMode" -> module.setDebugMode((Boolean) scalar(f.debugMode, p, ctxt));
                case "publishedWith" -> module.setPublishedWith((Version) scalar(f.publishedWith, p, ctxt));
                case "lastPublished" -> module.setLastPublished((Instant) scalar(f.lastPublished, p, ctxt));
                case "references" -> module.setReferences(texts(f.text, p, ctxt));
                case "errorsLast7Days" -> module.setErrorsLast7Days((Integer) scalar(f.errorsLast7Days, p, ctxt));
                case "consistencyStatus" -> module.setConsistencyStatus((String) scalar(f.consistencyStatus, p, ctxt));
                default -> throw PlainRead.notPlain(p); // unknown, or one Jackson ignores on purpose
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw PlainRead.notPlain(p);
        }
        return module;
    }

    private static Object scalar(JsonDeserializer<Object> deserializer, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (!p.currentToken().isScalarValue()) {
            throw PlainRead.notPlain(p);
        }
        Object value = deserializer.deserialize(p, ctxt);
        if (value == null) {
            throw PlainRead.notPlain(p);
        }
        return value;
    }

    /** A list of texts, as Jackson's String collection binds it (a list of what each item's deserializer gives). */
    private static List<String> texts(JsonDeserializer<Object> text, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw PlainRead.notPlain(p);
        }
        List<String> texts = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || t == JsonToken.VALUE_NULL) {
                throw PlainRead.notPlain(p);
            }
            texts.add((String) scalar(text, p, ctxt));
        }
        return texts;
    }

    private Fields fields() {
        Fields f = fields;
        if (f == null) {
            f = new Fields((BeanDeserializerBase) getDelegatee());
            fields = f;
        }
        return f;
    }

    /** The deserializer of each field, as Jackson resolved it for the module's bean binding. */
    private static final class Fields {
        final JsonDeserializer<Object> name;
        final JsonDeserializer<Object> kind;
        final JsonDeserializer<Object> application;
        final JsonDeserializer<Object> debugMode;
        final JsonDeserializer<Object> publishedWith;
        final JsonDeserializer<Object> lastPublished;
        final JsonDeserializer<Object> errorsLast7Days;
        final JsonDeserializer<Object> consistencyStatus;
        /** What binds each item of a list of texts: the deserializer of a text field. */
        final JsonDeserializer<Object> text;

        Fields(BeanDeserializerBase bean) {
            name = of(bean, "name");
            kind = of(bean, "kind");
            application = of(bean, "application");
            debugMode = of(bean, "debugMode");
            publishedWith = of(bean, "publishedWith");
            lastPublished = of(bean, "lastPublished");
            errorsLast7Days = of(bean, "errorsLast7Days");
            consistencyStatus = of(bean, "consistencyStatus");
            text = name;
        }

        private static JsonDeserializer<Object> of(BeanDeserializerBase bean, String field) {
            var property = bean.findProperty(field);
            if (property == null || property.hasValueTypeDeserializer()) {
                throw new IllegalStateException("EstateModule." + field + " is not a plain bean property");
            }
            return property.getValueDeserializer();
        }
    }
}
