package dev.estateaudit.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a report: atomically where it can, and on Windows, where a rename over a file another
 * program holds open is refused (ERROR_ACCESS_DENIED), by deleting the old file and renaming. Linux
 * renames over open files, so Windows' refusal is played by a move that refuses while the old
 * file is there, as MoveFileEx does.
 */
class FileReplacementTest {

    @TempDir
    Path folder;

    @Test
    void aRenameOverTheOldFileReplacesIt() throws IOException {
        Path report = write("report.json", "old");
        Path temporary = write(".report.json.tmp", "new");

        FileReplacement.replace(temporary, report);

        assertThat(report).hasContent("new");
        assertThat(temporary).doesNotExist();
    }

    @Test
    void whenTheRenameOverAnOpenFileIsRefusedTheOldFileIsDeletedThenTheNewOneRenamed() throws IOException {
        Path report = write("report.json", "old");
        Path temporary = write(".report.json.tmp", "new");
        List<String> moves = new ArrayList<>();

        FileReplacement.replace(temporary, report, (source, target, options) -> {
            moves.add(List.of(options).toString());
            if (Files.exists(target)) {
                throw new AccessDeniedException(source.toString(), target.toString(), null);
            }
            Files.move(source, target, options);
        }, Files::delete);

        assertThat(report).hasContent("new");
        assertThat(temporary).doesNotExist();
        assertThat(moves).containsExactly(List.of(StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE).toString(), "[]");
    }

    @Test
    void whenTheOldFileCannotBeDeletedEitherItStaysWholeAndTheRefusalIsReported() throws IOException {
        Path report = write("report.json", "old");
        Path temporary = write(".report.json.tmp", "new");
        FileReplacement.Move refuses = (source, target, options) -> {
            throw new AccessDeniedException(target.toString());
        };
        // a file held open without delete sharing cannot be deleted either
        FileReplacement.Delete refusesToo = file -> {
            throw new AccessDeniedException(file.toString());
        };

        assertThatThrownBy(() -> FileReplacement.replace(temporary, report, refuses, refusesToo))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(report).hasContent("old");
    }

    @Test
    void aRenameRefusedAfterTheDeletionNamesTheLostFile() throws IOException {
        Path report = write("report.json", "old");
        Path temporary = write(".report.json.tmp", "new");
        FileReplacement.Move refusesAlways = (Path source, Path target, CopyOption... options) -> {
            throw new AccessDeniedException(target.toString());
        };

        assertThatThrownBy(() -> FileReplacement.replace(temporary, report, refusesAlways, Files::delete))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("report.json").hasMessageContaining("the old file was removed");
        assertThat(temporary).hasContent("new");
    }

    @Test
    void aRefusedRenameOntoSomethingThatIsNoFileIsNotRetried() throws IOException {
        Path notAFile = Files.createDirectory(folder.resolve("report.json"));
        Path temporary = write(".report.json.tmp", "new");

        assertThatThrownBy(() -> FileReplacement.replace(temporary, notAFile, (s, t, o) -> {
            throw new AccessDeniedException(t.toString());
        }, Files::delete)).isInstanceOf(AccessDeniedException.class);
        assertThat(notAFile).isDirectory();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
