package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rule's page on a terminal: tables keep their columns when they fit, and become blocks when they do not. */
class TerminalMarkdownTest {

    private static final String PAGE = """
            ## Versions

            | runtime | minimum | source |
            |---|---|---|
            | RabbitMQ (`rabbitmqVersion`) | 3.13.0 from 11.27.0; 4.1.2 from 11.38.0 | system requirements |
            | Erlang/OTP | 26.2.2 from 11.27.0 | system requirements |
            """;

    @Test
    void aTableThatFitsKeepsItsColumns() {
        String shown = new TerminalMarkdown(false, 120).render(PAGE);

        assertThat(shown).contains("""
                runtime                     minimum                                  source
                ----------------------------------------------------------------------------------------
                RabbitMQ (rabbitmqVersion)  3.13.0 from 11.27.0; 4.1.2 from 11.38.0  system requirements
                Erlang/OTP                  26.2.2 from 11.27.0                      system requirements
                """);
    }

    @Test
    void aTableWiderThanTheTerminalBecomesOneBlockPerRow() {
        String shown = new TerminalMarkdown(false, 40).render(PAGE);

        assertThat(shown).contains("""
                runtime: RabbitMQ (rabbitmqVersion)
                  minimum: 3.13.0 from 11.27.0; 4.1.2
                      from 11.38.0
                  source: system requirements

                runtime: Erlang/OTP
                  minimum: 26.2.2 from 11.27.0
                  source: system requirements
                """);
        assertThat(shown.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    }

    /** Headers of several words, as the rule pages have: a wrapped cell goes on further in, never level with a new one. */
    @Test
    void wrappedCellsGoOnFurtherInThanTheCellsStart() {
        String page = """
                | runtime (estate field) | minimum by target Platform Server |
                |---|---|
                | .NET Runtime & Hosting Bundle (`dotnetHostingBundle`) | 6.0 line (6.0.6 or a later 6.0 patch) from 11.17.1 to 11.26.0 |
                """;
        String shown = new TerminalMarkdown(false, 50).render(page);

        assertThat(shown).isEqualTo("""
                runtime (estate field): .NET Runtime & Hosting
                    Bundle (dotnetHostingBundle)
                  minimum by target Platform Server: 6.0 line
                      (6.0.6 or a later 6.0 patch) from 11.17.1 to
                      11.26.0
                """);
    }

    @Test
    void aTableOfOnlyItsHeaderKeepsItsColumns() {
        assertThat(new TerminalMarkdown(false, 40).render("| runtime (estate field) | minimum by target Platform Server |\n|---|---|\n"))
                .contains("runtime (estate field)  minimum by target Platform Server");
    }

    @Test
    void withoutAWidthATableKeepsItsColumnsHoweverWide() {
        assertThat(new TerminalMarkdown(false, 0).render(PAGE)).contains("RabbitMQ (rabbitmqVersion)  3.13.0 from 11.27.0");
    }
}
