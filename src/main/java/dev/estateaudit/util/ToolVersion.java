package dev.estateaudit.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/** The tool's version and the commit it was built from, both written by the build. */
public final class ToolVersion {

    public static final String NAME = "estate-audit";
    /** git's abbreviated commit name, "-dirty" when the build's files differed from the commit. */
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");
    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * The commit the build was made from, as {@code git describe --dirty} names it, or "unknown"
     * for a build from sources without git (or anything else the build wrote instead of a name).
     */
    public static String commit() {
        return commitNamed(resource("commit.txt"));
    }

    static String commitNamed(String written) {
        String name = written.strip();
        return COMMIT.matcher(name).matches() ? name : "unknown";
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    private static String resource(String name) {
        try (InputStream in = ToolVersion.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
