package dev.estateaudit.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolVersionTest {

    @Test
    void aCommitIsWhatGitDescribeWrote() {
        assertThat(ToolVersion.commitNamed("6560999abcde\n")).isEqualTo("6560999abcde");
        assertThat(ToolVersion.commitNamed("6560999abcde-dirty\r\n")).isEqualTo("6560999abcde-dirty");
    }

    @Test
    void anythingElseTheBuildWroteIsUnknown() {
        // git in a folder it refuses, or no git: the build goes on and writes its complaint or nothing
        assertThat(ToolVersion.commitNamed("fatal: not a git repository (or any of the parent directories): .git\n"))
                .isEqualTo("unknown");
        assertThat(ToolVersion.commitNamed("")).isEqualTo("unknown");
        assertThat(ToolVersion.commitNamed("v0.2.0-3-g6560999abcde")).isEqualTo("unknown");
    }
}
