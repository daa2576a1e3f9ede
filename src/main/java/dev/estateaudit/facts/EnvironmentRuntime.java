package dev.estateaudit.facts;

import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Hosting;
import dev.estateaudit.estate.Version;
import dev.estateaudit.knowledge.RuntimeComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One runtime of one self-managed environment (its .NET Framework, say), stated or not, so that
 * runtime-prerequisite-below-target joins the catalogue's minimum by an indexed {@code ==} on the
 * component. {@code found} is the stated text as a comparable version, null when not given. A
 * component given several times (hosting bundles installed side by side) has one fact per version,
 * so the rule asks whether any of them will do.
 * Cloud and personal environments get none: OutSystems installs their runtimes.
 */
public record EnvironmentRuntime(String environment, RuntimeComponent component, String stated, Version found) {

    /** The major line of the stated version ("8.0.11" is in the 8.0 line); null when none is stated. */
    public Version getLine() {
        return found == null ? null : Version.parse(found.getMajor() + "." + found.getMinor());
    }

    static List<EnvironmentRuntime> of(EstateEnvironment environment) {
        if (environment.getHosting() == Hosting.CLOUD || environment.getRole() == dev.estateaudit.estate.Role.PERSONAL) {
            return List.of();
        }
        return Arrays.stream(RuntimeComponent.values()).flatMap(c -> {
            List<String> stated = c.stated(environment);
            if (stated.isEmpty()) {
                return java.util.stream.Stream.of(new EnvironmentRuntime(environment.getName(), c, null, null));
            }
            return stated.stream().map(text -> new EnvironmentRuntime(environment.getName(), c, text, c.version(text)));
        }).toList();
    }

    public String getEnvironment() { return environment; }
    public RuntimeComponent getComponent() { return component; }
    public String getStated() { return stated; }
    public Version getFound() { return found; }
}
