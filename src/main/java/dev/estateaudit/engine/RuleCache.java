package dev.estateaudit.engine;

import dev.estateaudit.util.FileReplacement;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compiled user rule folders, kept on disk so that only the first run after a change pays for the
 * DRL compiler. An entry is a kjar named by a hash of the tool's build and every rule file's path
 * and content, so any change to a file, or a new build of the tool, misses. The cache is a
 * convenience and never a cause of failure: an entry that cannot be read or loaded, or a folder
 * that cannot be written, gives a warning and the rules are compiled as if there were no cache.
 * An entry is code that runs as the user, so it is trusted only when its HMAC, keyed by this user's
 * secret, matches, and only in a folder no one else can write (see {@link CacheFolder}).
 */
public final class RuleCache {

    /** Bump when the entry format or the key changes meaning. */
    private static final String FORMAT = "estate-audit rule cache 2";
    private static final String MAC = "HmacSHA256";
    private static final int TAG_BYTES = 32;
    private static final String PREFIX = "rules-";
    private static final String SUFFIX = ".kjar";
    /** Entries kept; the least recently used beyond this are removed after a write. */
    static final int MAX_ENTRIES = 32;

    private final Path directory;
    private final Consumer<String> warnings;
    private int hits;
    private int misses;

    private RuleCache(Path directory, Consumer<String> warnings) {
        this.directory = directory;
        this.warnings = warnings;
    }

    /** A cache in {@code directory} (created when first written); problems go to {@code warnings}. */
    public static RuleCache in(Path directory, Consumer<String> warnings) {
        return new RuleCache(directory, warnings);
    }

    /** No cache: every run compiles. */
    public static RuleCache none() {
        return new RuleCache(null, w -> { });
    }

    /**
     * The cache folder a run uses unless told otherwise: {@code ESTATE_AUDIT_CACHE}, else
     * {@code $XDG_CACHE_HOME/estate-audit}, else {@code ~/.cache/estate-audit} (XDG Base Directory
     * Specification).
     */
    public static Path defaultDirectory(Map<String, String> environment) {
        String explicit = environment.get("ESTATE_AUDIT_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "estate-audit");
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".cache", "estate-audit");
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    int hits() {
        return hits;
    }

    int misses() {
        return misses;
    }

    /**
     * What {@code load} makes of the kjar for these sources: the cached one when its entry is
     * trusted and {@code load} accepts it, otherwise a freshly compiled one (then stored).
     */
    <T> T load(List<RuleSource> sources, Compiler compiler, Function<byte[], T> load) {
        byte[] secret = directory == null ? null : usableSecret();
        if (secret == null) {
            return load.apply(compiler.compile());
        }
        String name = PREFIX + key(sources) + SUFFIX;
        Path entry = directory.resolve(name);
        Optional<byte[]> cached = read(entry).flatMap(bytes -> verified(entry, name, bytes, secret));
        if (cached.isPresent()) {
            try {
                T loaded = load.apply(cached.get());
                hits++;
                touch(entry);
                return loaded;
            } catch (RuntimeException | LinkageError e) {
                warn("ignoring the unusable entry " + entry + " (" + e.getMessage() + "); compiling the rules again");
            }
        }
        misses++;
        byte[] kjar = compiler.compile();
        T loaded = load.apply(kjar);
        store(entry, concat(tag(secret, name, kjar), kjar));
        return loaded;
    }

    /** The folder's secret, or null (after a warning) when the folder must not or cannot be used. */
    private byte[] usableSecret() {
        try {
            Optional<String> distrust = CacheFolder.distrust(directory);
            if (distrust.isPresent()) {
                warn("not using it: " + distrust.get() + "; compiling the rules (make the folder your own, "
                        + "not writable by others, or pass --cache-dir or --no-cache)");
                return null;
            }
            CacheFolder.create(directory);
            return CacheFolder.secret(directory);
        } catch (IOException | RuntimeException e) {
            warn("cannot write to the rule cache " + directory + " (" + e + "); the rules will be compiled again next time");
            return null;
        }
    }

    /** The kjar of an entry whose tag matches; anything else was not written by this user's runs. */
    private Optional<byte[]> verified(Path entry, String name, byte[] bytes, byte[] secret) {
        if (bytes.length > TAG_BYTES) {
            byte[] kjar = Arrays.copyOfRange(bytes, TAG_BYTES, bytes.length);
            if (MessageDigest.isEqual(Arrays.copyOf(bytes, TAG_BYTES), tag(secret, name, kjar))) {
                return Optional.of(kjar);
            }
        }
        warn("ignoring the entry " + entry + ": it was not written by your runs of this tool (its HMAC does not match); "
                + "compiling the rules again");
        return Optional.empty();
    }

    static byte[] tag(byte[] secret, String name, byte[] kjar) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(secret, MAC));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(kjar);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(MAC + " is missing from this JVM", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Compiles the rules when the cache cannot supply them. */
    @FunctionalInterface
    interface Compiler {
        byte[] compile();
    }

    static String key(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, FORMAT);
            update(sha, ToolVersion.get());
            update(sha, buildFingerprint());
            for (RuleSource source : sources) {
                update(sha, source.file().toAbsolutePath().normalize().toString());
                update(sha, source.text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Length-prefixed, so that ("ab","c") and ("a","bc") hash differently. */
    private static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /**
     * The size and time of the jar this class came from: a development build keeps its version
     * number while its fact classes change, and compiled rules are only valid against the classes
     * they were compiled with.
     */
    private static String buildFingerprint() {
        try {
            CodeSource source = RuleCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? location + "|" + Files.size(location) + "|" + Files.getLastModifiedTime(location).toMillis() : location.toString();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "";
        }
    }

    private Optional<byte[]> read(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(entry));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            warn("cannot read " + entry + " (" + e + "); compiling the rules");
            return Optional.empty();
        }
    }

    /** Written to a temporary file, then renamed: a reader sees a whole entry or none. */
    private void store(Path entry, byte[] kjar) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, PREFIX, ".tmp");
            Files.write(temporary, kjar);
            FileReplacement.replace(temporary, entry);
            temporary = null;
            prune();
        } catch (IOException | RuntimeException e) {
            warn("cannot write to the rule cache " + directory + " (" + e + "); the rules will be compiled again next time");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the warning above already says the cache is not usable
                }
            }
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            entries = files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RuleCache::lastModified).reversed())
                    .toList();
        }
        for (Path old : entries.subList(Math.min(MAX_ENTRIES, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException ignored) {
            // recency only decides which entries pruning keeps
        }
    }

    private void warn(String message) {
        warnings.accept("rule cache: " + message);
    }
}
