package dev.estateaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Hosting;
import dev.estateaudit.estate.Purpose;
import dev.estateaudit.estate.Role;
import dev.estateaudit.estate.Version;
import dev.estateaudit.util.TerminalText;
import java.util.List;
import java.util.Locale;

/**
 * Environments as LifeTime's {@code GET /environments/} lists them, mapped field by field as
 * docs/import.md's table says; what a record leaves unsettled becomes a note for the overlay.
 */
final class EnvironmentRecords {

    private final ImportNotes notes;

    EnvironmentRecords(ImportNotes notes) {
        this.notes = notes;
    }

    /**
     * The estate's environment for {@code record}, or null when it must be skipped (LifeTime gives
     * no Platform Server version for it): its name then goes to {@code skipped}, with a warning.
     */
    EstateEnvironment environment(JsonNode record, List<String> skipped) {
        String name = record.path("Name").asText("").strip();
        String key = record.path("Key").asText("");
        if (name.isEmpty()) {
            throw new ImportException("GET /environments/: an environment has no Name (Key '" + key + "')");
        }
        Version version;
        try {
            version = Version.parse(record.path("OSVersion").asText(""));
        } catch (IllegalArgumentException e) {
            skipped.add(name);
            notes.warn("environment '" + name + "' is skipped: LifeTime gives no Platform Server version for it (OSVersion '"
                    + record.path("OSVersion").asText("") + "')");
            return null;
        }
        EstateEnvironment environment = new EstateEnvironment();
        environment.setName(name);
        environment.setPlatformVersion(version);
        environment.setOrder(wholeNumber(name, record, "Order", "order", Integer.MIN_VALUE));
        String type = record.path("EnvironmentType").asText("").strip();
        Role role = roleOf(type);
        if (role == null) {
            role = Role.QUALITY;
            notes.note(name, "role: LifeTime gives " + (type.isEmpty() ? "no environment type" : "the unknown type '" + type + "'")
                    + "; imported as quality: confirm the role (development, quality, preproduction, production) in the overlay");
        }
        environment.setRole(role);
        setPurpose(environment, type);
        environment.setFrontEndCount(wholeNumber(name, record, "NumberOfFrontEnds", "frontEndCount", 0));
        if (record.path("IsCloudEnvironment").isBoolean()) {
            environment.setHosting(record.path("IsCloudEnvironment").asBoolean() ? Hosting.CLOUD : Hosting.ON_PREMISES);
        }
        environment.setApplicationServer(applicationServer(name, record));
        environment.setDatabaseProvider(databaseProvider(name, record));
        if (record.path("IsOffline").asBoolean(false)) {
            notes.warn("environment '" + name + "' is offline in LifeTime: what LifeTime reports about it may be out of date");
            notes.note(name, "offline: LifeTime marks this environment offline; its version and front ends may be out of date");
        }
        return environment;
    }

    /**
     * A field LifeTime documents as a whole number (int32), or null. A value that is not one (a
     * fraction, text such as "2", a number out of int32's range or below {@code least}) is left
     * out rather than guessed at, as everything LifeTime leaves unsettled: the audit then reports
     * the checks that need it as not evaluated. It is never dropped silently: a warning names the
     * environment, the field and the value, and a comment asks the overlay for it. A warning
     * rather than a refusal, because one odd field should not cost the whole import.
     */
    private Integer wholeNumber(String environment, JsonNode record, String field, String estateField, int least) {
        JsonNode value = record.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isInt() && value.asInt() >= least) {
            return value.asInt();
        }
        String shown = TerminalText.quote(value.toString(), 40);
        notes.warn("environment '" + TerminalText.escape(environment) + "': LifeTime gives " + field + " " + shown
                + ", which is not " + (least == 0 ? "a whole number of 0 or more" : "a whole number") + "; " + estateField
                + " is left out");
        notes.note(environment, estateField + ": LifeTime gives " + field + " " + shown + ", not a whole number"
                + (least == 0 ? " of 0 or more" : "") + ": give " + estateField + " in the overlay");
        return null;
    }

    /**
     * LifeTime's EnvironmentType gives the OutSystems 11 purpose where it can only mean one:
     * Development, Production, and NonProduction (shown for the Non-Production purpose in an
     * OutSystems support article). "Test" (the Swagger's third documented value) and "" do not
     * say which purpose was chosen, so none is written and a comment asks the overlay. Up to
     * OutSystems 10 environments have a running mode instead, which LifeTime does not give.
     */
    private void setPurpose(EstateEnvironment environment, String environmentType) {
        if (environment.getMajor() < 11) {
            return;
        }
        Purpose purpose = purposeOf(environmentType);
        if (purpose != null) {
            environment.setPurpose(purpose);
        } else {
            notes.note(environment.getName(), "purpose: LifeTime's type " + (environmentType.isEmpty() ? "is empty" : "'" + environmentType + "'")
                    + ", which does not tell the purpose: give purpose (development, non-production, production) in the overlay");
        }
    }

    static Purpose purposeOf(String environmentType) {
        return switch (environmentType.strip().toLowerCase(Locale.ROOT)) {
            case "development" -> Purpose.DEVELOPMENT;
            case "nonproduction", "non-production" -> Purpose.NON_PRODUCTION;
            case "production" -> Purpose.PRODUCTION;
            default -> null;
        };
    }

    static Role roleOf(String environmentType) {
        return switch (environmentType.strip().toLowerCase(Locale.ROOT)) {
            case "development" -> Role.DEVELOPMENT;
            case "test" -> Role.QUALITY;
            case "production" -> Role.PRODUCTION;
            default -> null;
        };
    }

    private ApplicationServer applicationServer(String environment, JsonNode record) {
        String server = record.path("ApplicationServer").asText("").strip();
        String stack = record.path("ApplicationServerType").asText("").strip();
        if (!server.isEmpty()) {
            try {
                return EnumLabels.parse(ApplicationServer.class, server);
            } catch (IllegalArgumentException e) {
                notes.note(environment, "applicationServer: LifeTime gives '" + server + "', which estate-audit does not know");
                return null;
            }
        }
        if (stack.equalsIgnoreCase(".NET")) {
            return ApplicationServer.IIS; // the .NET stack of the Platform Server runs on IIS only
        }
        if (!stack.isEmpty()) {
            notes.note(environment, "applicationServer: LifeTime gives only the stack '" + stack + "' (JBoss or WebLogic?)");
        }
        return null;
    }

    private DatabaseProvider databaseProvider(String environment, JsonNode record) {
        String provider = record.path("DatabaseProvider").asText("").strip();
        if (provider.isEmpty()) {
            return null;
        }
        try {
            return EnumLabels.parse(DatabaseProvider.class, provider);
        } catch (IllegalArgumentException e) {
            notes.note(environment, "databaseProvider: LifeTime gives '" + provider + "', which estate-audit does not know");
            return null;
        }
    }
}
