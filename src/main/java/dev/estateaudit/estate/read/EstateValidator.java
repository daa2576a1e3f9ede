package dev.estateaudit.estate.read;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.Licenses;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.ModuleKind;
import dev.estateaudit.estate.Named;
import dev.estateaudit.estate.Positioned;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.Upgrade;
import dev.estateaudit.estate.Zone;
import dev.estateaudit.util.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what the file format requires once all files are merged (required fields, unique names,
 * known environment names), then fills in the documented defaults. Every problem is recorded with
 * its file, line and field, and checking goes on, so one run names them all.
 */
final class EstateValidator {

    /** "2015-2022" or "2013": the years in the redistributable's name (kept in step with the schema's pattern). */
    static final java.util.regex.Pattern VISUAL_CPP_YEARS = java.util.regex.Pattern.compile("\\s*((19|20)\\d\\d\\s*-\\s*)?(19|20)\\d\\d\\s*");

    private final EstateProblems problems;

    EstateValidator(EstateProblems problems) {
        this.problems = problems;
    }

    void validate(Estate estate) {
        SourcePosition root = estate.getPosition();
        if (isBlank(estate.getName())) {
            problems.add(root, "name", "required field is missing: the estate's name");
        }
        if (estate.getEnvironments().isEmpty()) {
            problems.add(root, "environments", "required: at least one environment");
        }
        validateLifetime(estate.getLifetime());
        validateLicenses(estate.getLicenses());
        Set<String> environmentNames = new HashSet<>();
        List<EstateEnvironment> environments = estate.getEnvironments();
        for (int i = 0; i < environments.size(); i++) {
            EstateEnvironment environment = environments.get(i);
            String path = "environments[" + i + "]";
            if (!requireItem(environment, root, path)) {
                continue;
            }
            requireName(environment, environment.getName(), path, "environment");
            if (environment.getName() != null && !environmentNames.add(environment.getName())) {
                problems.add(environment.getPosition(), path + ".name",
                        "duplicate environment name '" + environment.getName() + "'");
            }
            validateEnvironment(environment, path);
        }
        validateUpgrade(estate.getUpgrade(), environmentNames);
        if (problems.isEmpty()) {
            applyDefaults(estate);
        }
    }

    private void validateLifetime(LifeTime lifetime) {
        if (lifetime != null && lifetime.getPlatformVersion() == null) {
            problems.add(lifetime.getPosition(), "lifetime.platformVersion",
                    "required when lifetime is given: the Platform Server version of LifeTime's environment");
        }
    }

    private void validateLicenses(Licenses licenses) {
        if (licenses == null) {
            return;
        }
        nonNegative(licenses.getProduction(), licenses.getPosition(), "licenses.production");
        nonNegative(licenses.getDevelopment(), licenses.getPosition(), "licenses.development");
    }

    private void validateEnvironment(EstateEnvironment environment, String path) {
        SourcePosition at = environment.getPosition();
        String label = " of environment '" + environment.getName() + "'";
        if (environment.getRole() == null) {
            problems.add(at, path + ".role", "required field is missing" + label
                    + ": one of development, quality, preproduction, production, personal");
        }
        if (environment.getPlatformVersion() == null) {
            problems.add(at, path + ".platformVersion", "required field is missing" + label
                    + ": the Platform Server version, e.g. \"11.30.1\"");
        }
        EnvironmentSettings.check(environment, path, problems);
        String redistributable = environment.getVisualCppRedistributable();
        if (redistributable != null && !VISUAL_CPP_YEARS.matcher(redistributable).matches()) {
            problems.add(at, path + ".visualCppRedistributable", "expected the redistributable's years as "
                    + "Microsoft names it, e.g. \"2015-2022\"; found '" + redistributable + "'");
        }
        nonNegative(environment.getFrontEndCount(), at, path + ".frontEndCount");
        checkUnique(environment.getZones(), path + ".zones", "zone", Zone::getPosition);
        for (int z = 0; z < environment.getZones().size(); z++) {
            Zone zone = environment.getZones().get(z);
            if (zone == null) {
                continue;
            }
            checkUnique(zone.getFrontEnds(), path + ".zones[" + z + "].frontEnds", "front end", FrontEnd::getPosition);
        }
        checkUnique(environment.getModules(), path + ".modules", "module", EstateModule::getPosition);
        for (int m = 0; m < environment.getModules().size(); m++) {
            EstateModule module = environment.getModules().get(m);
            if (module != null && module.getErrorsLast7Days() != null && module.getErrorsLast7Days() < 0) { // no path text per valid module
                nonNegative(module.getErrorsLast7Days(), module.getPosition(), path + ".modules[" + m + "].errorsLast7Days");
            }
        }
    }

    private <T extends Positioned & Named> void checkUnique(List<T> items, String path, String what,
            Function<T, SourcePosition> position) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            // the item's path is text made only for a problem, not for each of a million good modules
            if (item == null) {
                requireItem(null, null, path + "[" + i + "]");
            } else if (isBlank(item.getName())) {
                requireName(item, item.getName(), path + "[" + i + "]", what);
            }
        }
        unique(items, path, what, position);
    }

    /** Whether each name is in {@code items} once; each repeat is a problem at its own index. */
    private <T extends Named> boolean unique(List<T> items, String path, String what, Function<T, SourcePosition> position) {
        Set<String> seen = new HashSet<>(Math.max(16, items.size() * 2)); // sized: no rehashing per environment
        boolean unique = true;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null && item.getName() != null && !seen.add(item.getName())) {
                problems.add(position.apply(item), path + "[" + i + "].name", "duplicate " + what + " name '" + item.getName() + "'");
                unique = false;
            }
        }
        return unique;
    }

    /**
     * Whether one file, before it is merged onto the files before it, names each environment once,
     * and each zone, front end and module once in its environment (or zone). Merging would fold a
     * later file's repeats into one item without a word; each is a problem at the file's own index.
     */
    boolean namesUnique(Estate file) {
        boolean unique = unique(file.getEnvironments(), "environments", "environment", EstateEnvironment::getPosition);
        for (int i = 0; i < file.getEnvironments().size(); i++) {
            EstateEnvironment environment = file.getEnvironments().get(i);
            if (environment == null) {
                continue;
            }
            String path = "environments[" + i + "]";
            unique &= unique(environment.getZones(), path + ".zones", "zone", Zone::getPosition);
            for (int z = 0; z < environment.getZones().size(); z++) {
                Zone zone = environment.getZones().get(z);
                if (zone != null) {
                    unique &= unique(zone.getFrontEnds(), path + ".zones[" + z + "].frontEnds", "front end", FrontEnd::getPosition);
                }
            }
            unique &= unique(environment.getModules(), path + ".modules", "module", EstateModule::getPosition);
        }
        return unique;
    }

    private void validateUpgrade(Upgrade upgrade, Set<String> environmentNames) {
        if (upgrade == null || upgrade.getOrder() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < upgrade.getOrder().size(); i++) {
            String name = upgrade.getOrder().get(i);
            String field = "upgrade.order[" + i + "]";
            if (name != null && !environmentNames.contains(name)) {
                String hint = Suggestions.nearest(String.valueOf(name), environmentNames)
                        .map(s -> " (did you mean '" + s + "'?)").orElse("");
                problems.add(upgrade.positionOfEntry(i), field,
                        "unknown environment '" + name + "'" + hint + "; environments: "
                                + String.join(", ", environmentNames.stream().sorted().toList()));
            }
            if (!seen.add(name)) {
                problems.add(upgrade.positionOfEntry(i), field, "environment '" + name
                        + "' is listed twice");
            }
        }
    }

    private void applyDefaults(Estate estate) {
        for (EstateEnvironment environment : estate.getEnvironments()) {
            for (Zone zone : environment.getZones()) {
                zone.setEnvironment(environment.getName());
                for (FrontEnd frontEnd : zone.getFrontEnds()) {
                    frontEnd.setEnvironment(environment.getName());
                    frontEnd.setZone(zone.getName());
                    if (frontEnd.getPlatformVersion() == null) {
                        frontEnd.setPlatformVersion(environment.getPlatformVersion());
                    }
                    if (frontEnd.getEnabled() == null) {
                        frontEnd.setEnabled(Boolean.TRUE);
                    }
                }
            }
            for (EstateModule module : environment.getModules()) {
                module.setEnvironment(environment.getName());
                module.setPublishedIn(environment);
                if (module.getReferences() instanceof ArrayList<String> references) {
                    references.trimToSize(); // a million modules with a reference or two: no room for ten
                }
                if (module.getKind() == null) {
                    module.setKind(ModuleKind.ESPACE);
                }
            }
        }
    }

    private boolean requireItem(Object item, SourcePosition near, String path) {
        if (item == null) {
            problems.add(near, path, "empty list item: expected an object with at least a name");
        }
        return item != null;
    }

    private void requireName(Positioned item, String name, String path, String what) {
        if (isBlank(name)) {
            problems.add(item.getPosition(), path + ".name", "required field is missing: the "
                    + what + "'s name");
        }
    }

    private void nonNegative(Integer value, SourcePosition at, String field) {
        if (value != null && value < 0) {
            problems.add(at, field, "must not be negative, found " + value);
        }
    }

    private boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
