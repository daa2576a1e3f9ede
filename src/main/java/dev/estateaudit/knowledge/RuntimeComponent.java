package dev.estateaudit.knowledge;

import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Version;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runtime the Platform Server's machines need, as the estate file names it (its field) and as
 * people write it. Each is compared as a version; the Visual C++ redistributable, named by the
 * years it covers ("2015-2022"), by its last year.
 */
public enum RuntimeComponent {
    DOTNET_FRAMEWORK("dotnetFramework", ".NET Framework", e -> text(e.getDotnetFramework())),
    // several bundles may be installed side by side (a 6.0 and an 8.0 one, say): each is stated
    DOTNET_HOSTING_BUNDLE("dotnetHostingBundle", ".NET Runtime & Hosting Bundle", e -> texts(e.getDotnetHostingBundle())),
    VISUAL_CPP_REDISTRIBUTABLE("visualCppRedistributable", "Visual C++ Redistributable (x64)",
            e -> one(e.getVisualCppRedistributable())),
    RABBITMQ("rabbitmqVersion", "RabbitMQ Server", e -> text(e.getRabbitmqVersion())),
    ERLANG("erlangVersion", "Erlang/OTP", e -> text(e.getErlangVersion()));

    private static final Pattern LAST_YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*$");

    private final String field;
    private final String displayName;
    private final Function<EstateEnvironment, List<String>> reader;

    RuntimeComponent(String field, String displayName, Function<EstateEnvironment, List<String>> reader) {
        this.field = field;
        this.displayName = displayName;
        this.reader = reader;
    }

    /** The estate file's field, e.g. "dotnetHostingBundle". */
    public String field() { return field; }
    public String getField() { return field; }
    public String displayName() { return displayName; }
    public String getDisplayName() { return displayName; }

    /** What the environment states, as written, one entry per version given; empty when not given. */
    public List<String> stated(EstateEnvironment environment) {
        return reader.apply(environment);
    }

    /** What the environment states as one text ("6.0.36, 8.0.11"); null when not given. */
    public String statedText(EstateEnvironment environment) {
        List<String> stated = stated(environment);
        return stated.isEmpty() ? null : String.join(", ", stated);
    }

    /** The text as a comparable version: the redistributable by its last year, the others as they are. */
    public Version version(String text) {
        if (text == null) {
            return null;
        }
        if (this == VISUAL_CPP_REDISTRIBUTABLE) {
            Matcher m = LAST_YEAR.matcher(text.trim());
            if (!m.find()) {
                throw new IllegalArgumentException("'" + text + "' does not name the redistributable's years, e.g. \"2015-2022\"");
            }
            return Version.parse(m.group(1));
        }
        return Version.parse(text);
    }

    public static RuntimeComponent byField(String field) {
        for (RuntimeComponent c : values()) {
            if (c.field.equalsIgnoreCase(field.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown component '" + field + "'; expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(RuntimeComponent::field).toList()));
    }

    private static List<String> text(Version version) {
        return version == null ? List.of() : List.of(version.toString());
    }

    private static List<String> texts(List<Version> versions) {
        return versions == null ? List.of() : versions.stream().map(Version::toString).toList();
    }

    private static List<String> one(String text) {
        return text == null ? List.of() : List.of(text);
    }

    @Override
    public String toString() {
        return field;
    }
}
