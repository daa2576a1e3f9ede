package dev.estateaudit.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The trust checks on a rule cache folder. Whatever sits in the folder becomes code run as the
 * user, so a folder another user owns, or one others may write to, is not used at all; and each
 * entry carries an HMAC keyed by a secret only this user can read, so an entry planted by anyone
 * else (a shared folder, a restored CI cache) is never loaded.
 */
final class CacheFolder {

    static final String SECRET = ".secret";
    private static final int SECRET_BYTES = 32;
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_ANY = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private CacheFolder() {
    }

    /** Why {@code folder} must not be used, or empty when it is (or may be created as) this user's own. */
    static Optional<String> distrust(Path folder) throws IOException {
        if (!Files.exists(folder) || !posix(folder)) {
            return Optional.empty();
        }
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
        if (!attributes.isDirectory()) {
            return Optional.of(folder + " is not a folder");
        }
        UserPrincipal me = currentUser(folder);
        if (!attributes.owner().equals(me)) {
            return Optional.of(folder + " belongs to " + attributes.owner().getName() + ", not to " + me.getName());
        }
        if (attributes.permissions().stream().anyMatch(GROUP_OR_OTHERS_WRITE::contains)) {
            return Optional.of(folder + " may be written by other users ("
                    + PosixFilePermissions.toString(attributes.permissions()) + ")");
        }
        return Optional.empty();
    }

    /** Creates the folder for this user alone when it is missing. */
    static void create(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix(folder.toAbsolutePath().getParent())) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /**
     * This user's secret for the folder's entries, created on first use with 0600. A secret that
     * someone else owns or can read is refused: its entries could have been forged.
     */
    static byte[] secret(Path folder) throws IOException {
        Path file = folder.resolve(SECRET);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] fresh = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(fresh);
            try (SeekableByteChannel out = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), privateFile(folder))) {
                out.write(ByteBuffer.wrap(fresh));
                return fresh;
            } catch (FileAlreadyExistsException raced) {
                // another run created it first: read theirs, below
            }
        }
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file");
        }
        if (posix(file)) {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.owner().equals(currentUser(folder))) {
                throw new IOException(file + " belongs to " + attributes.owner().getName());
            }
            if (attributes.permissions().stream().anyMatch(GROUP_OR_OTHERS_ANY::contains)) {
                throw new IOException(file + " may be read or written by other users; it must be 0600");
            }
        }
        byte[] secret = Files.readAllBytes(file);
        if (secret.length != SECRET_BYTES) {
            throw new IOException(file + " is not a secret this tool wrote (" + secret.length + " bytes)");
        }
        return secret;
    }

    private static FileAttribute<?>[] privateFile(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static UserPrincipal currentUser(Path onFileSystem) throws IOException {
        return onFileSystem.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }
}
