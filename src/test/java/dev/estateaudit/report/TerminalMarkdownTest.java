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

    @Test
    void withoutAWidthATableKeepsItsColumnsHoweverWide() {
        assertThat(new TerminalMarkdown(false, 0).render(PAGE)).contains("RabbitMQ (rabbitmqVersion)  3.13.0 from 11.27.0");
    }
}
