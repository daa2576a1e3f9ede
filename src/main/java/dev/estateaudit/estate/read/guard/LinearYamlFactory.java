package dev.estateaudit.estate.read.guard;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/** Jackson's YAML factory with SnakeYAML reading through {@link LinearStreamReader}. */
public final class LinearYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    public LinearYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        // YAML may be UTF-16 or UTF-32 with a byte order mark (YAML 1.2, 5.2)
        return parser(EncodedReader.open(in), ctxt);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext ctxt) throws IOException {
        return parser(reader, ctxt);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        return parser(EncodedReader.open(new java.io.ByteArrayInputStream(data, offset, len)), ctxt);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
        return parser(new java.io.CharArrayReader(data, offset, len), ctxt);
    }

    private YAMLParser parser(Reader reader, IOContext ctxt) {
        LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, reader,
                new ParserImpl(new LinearStreamReader(reader), options));
    }

    /** Only to reach YAMLParser's constructor that takes a SnakeYAML parser. */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, com.fasterxml.jackson.core.ObjectCodec codec, Reader reader,
                ParserImpl yaml) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, yaml);
        }
    }
}
