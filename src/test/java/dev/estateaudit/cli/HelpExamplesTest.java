package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help ends with two or three examples, and each of them is a command line that parses. */
class HelpExamplesTest {

    @Test
    void everyCommandEndsItsHelpWithExamplesThatParse() {
        List<CommandLine> commands = new ArrayList<>();
        collect(EstateAuditCommand.commandLine(Map.of()), commands);
        assertThat(commands).extracting(CommandLine::getCommandName)
                .contains("check", "plan", "rules", "explain", "verify", "lifetime", "pipeline-artifacts", "baseline",
                        "write", "completion");
        for (CommandLine command : commands) {
            String qualified = command.getCommandSpec().qualifiedName();
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as(qualified).contains("Examples:");
            assertThat(help.substring(help.lastIndexOf("Examples:")).lines().skip(1))
                    .as(qualified + ": the examples end the help").allMatch(l -> l.isBlank() || l.startsWith("  "));
            List<String> examples = examples(String.join("\n", command.getCommandSpec().usageMessage().footer()));
            assertThat(examples).as(qualified + " examples").hasSizeBetween(2, 3);
            for (String example : examples) {
                String[] args = Arrays.copyOfRange(example.split("\\s+"), 1, example.split("\\s+").length);
                // parsed as a run parses it: with only the subcommand it names, when it names one
                assertThatCode(() -> EstateAuditCommand.commandLine(Map.of(), args)
                        .parseArgs(args)).as(example).doesNotThrowAnyException();
            }
        }
    }

    /** A run named by its first word gets only that subcommand: the one whose @Command has that name. */
    @Test
    void aSubcommandRunAloneIsTheOneOfThatName() {
        EstateAuditCommand.ALONE.forEach((name, type) -> {
            assertThat(type.getAnnotation(CommandLine.Command.class).name()).isEqualTo(name);
            assertThat(EstateAuditCommand.commandLine(Map.of(), name).getSubcommands()).containsOnlyKeys(name);
        });
        assertThat(EstateAuditCommand.ALONE).doesNotContainKeys("help", "completion");
    }

    /** The example command lines: from 'estate-audit' up to a redirection or a closing parenthesis. */
    private static List<String> examples(String section) {
        List<String> examples = new ArrayList<>();
        for (String line : section.lines().toList()) {
            int start = line.indexOf("estate-audit ");
            if (start < 0) {
                continue;
            }
            String example = line.substring(start).split(" > |\\)")[0].trim();
            examples.add(example);
        }
        return examples;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        if (!command.getCommandName().equals("help")) {
            into.add(command);
        }
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
