package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * An environment of the estate. Named EstateEnvironment so that rules never confuse it with
 * {@code org.kie.api.runtime.Environment}.
 */
public class EstateEnvironment extends Positioned implements Named {
    private String name;
    private Role role;
    private Integer order;
    private Version platformVersion;
    private RunningMode runningMode;
    private LicenseType license;
    private Hosting hosting;
    private UpgradeStrategy upgradeStrategy;
    private Instant runningModeChangedAt;
    private Integer frontEndCount;
    private String operatingSystem;
    private ApplicationServer applicationServer;
    private DatabaseProvider databaseProvider;
    private String databaseVersion;
    private String databaseEdition;
    private List<Zone> zones;
    private List<EstateModule> modules;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    /** Staging position, LifeTime's Order. */
    public Integer getOrder() { return order; }
    public void setOrder(Integer order) { this.order = order; }
    public Version getPlatformVersion() { return platformVersion; }
    public void setPlatformVersion(Version platformVersion) { this.platformVersion = platformVersion; }
    public RunningMode getRunningMode() { return runningMode; }
    public void setRunningMode(RunningMode runningMode) { this.runningMode = runningMode; }
    public LicenseType getLicense() { return license; }
    public void setLicense(LicenseType license) { this.license = license; }
    public Hosting getHosting() { return hosting; }
    public void setHosting(Hosting hosting) { this.hosting = hosting; }
    public UpgradeStrategy getUpgradeStrategy() { return upgradeStrategy; }
    public void setUpgradeStrategy(UpgradeStrategy upgradeStrategy) { this.upgradeStrategy = upgradeStrategy; }
    public Instant getRunningModeChangedAt() { return runningModeChangedAt; }
    public void setRunningModeChangedAt(Instant runningModeChangedAt) { this.runningModeChangedAt = runningModeChangedAt; }
    /** LifeTime's NumberOfFrontEnds, used when zones are not listed. */
    public Integer getFrontEndCount() { return frontEndCount; }
    public void setFrontEndCount(Integer frontEndCount) { this.frontEndCount = frontEndCount; }
    /** The front-end servers' operating system, e.g. "Windows Server 2019". */
    public String getOperatingSystem() { return operatingSystem; }
    public void setOperatingSystem(String operatingSystem) { this.operatingSystem = operatingSystem; }
    public ApplicationServer getApplicationServer() { return applicationServer; }
    public void setApplicationServer(ApplicationServer applicationServer) { this.applicationServer = applicationServer; }
    public DatabaseProvider getDatabaseProvider() { return databaseProvider; }
    public void setDatabaseProvider(DatabaseProvider databaseProvider) { this.databaseProvider = databaseProvider; }
    /** The platform database's version, e.g. "2019" for SQL Server 2019 or "19c" for Oracle. */
    public String getDatabaseVersion() { return databaseVersion; }
    public void setDatabaseVersion(String databaseVersion) { this.databaseVersion = databaseVersion; }
    /** The database edition, e.g. "Standard", "Enterprise", "Express". */
    public String getDatabaseEdition() { return databaseEdition; }
    public void setDatabaseEdition(String databaseEdition) { this.databaseEdition = databaseEdition; }
    public List<Zone> getZones() { return zones == null ? List.of() : zones; }
    public void setZones(List<Zone> zones) { this.zones = zones; }
    public List<EstateModule> getModules() { return modules == null ? List.of() : modules; }
    public void setModules(List<EstateModule> modules) { this.modules = modules; }

    @JsonIgnore
    public int getMajor() {
        return platformVersion == null ? 0 : platformVersion.getMajor();
    }

    @JsonIgnore
    public boolean isNonProduction() {
        return role != null && role.isNonProduction();
    }

    @JsonIgnore
    public boolean hasZones() {
        return !getZones().isEmpty();
    }

    /**
     * How many of its modules have no consistency status (only an import from LifeTime gives one):
     * a rule asks this once per environment, where an {@code exists EstateModule(...)} join would
     * hold every module of the estate in its memory.
     */
    @JsonIgnore
    public int getModulesWithoutConsistencyStatus() {
        int count = 0;
        for (EstateModule module : getModules()) {
            if (module.getConsistencyStatus() == null) {
                count++;
            }
        }
        return count;
    }
}
