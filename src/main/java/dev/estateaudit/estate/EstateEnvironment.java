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
    private Purpose purpose;
    private Boolean debugMode;
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
    private Integer databaseCompatibilityLevel;
    private String azureSqlServiceTier;
    private Version dotnetFramework;
    private List<Version> dotnetHostingBundle;
    private String visualCppRedistributable;
    private Version rabbitmqVersion;
    private Version erlangVersion;
    private List<Zone> zones;
    private List<EstateModule> modules;
    @JsonIgnore
    private ModuleNames moduleNames;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    /** Staging position, LifeTime's Order. */
    public Integer getOrder() { return order; }
    public void setOrder(Integer order) { this.order = order; }
    public Version getPlatformVersion() { return platformVersion; }
    public void setPlatformVersion(Version platformVersion) { this.platformVersion = platformVersion; }
    /** Up to OutSystems 10 only: the running mode set in Service Center. */
    public RunningMode getRunningMode() { return runningMode; }
    public void setRunningMode(RunningMode runningMode) { this.runningMode = runningMode; }
    /** OutSystems 11 and later: the environment's Purpose. */
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose purpose) { this.purpose = purpose; }
    /** OutSystems 11 and later: the environment's own Debug Mode (a module is debuggable only when both are on). */
    public Boolean getDebugMode() { return debugMode; }
    public void setDebugMode(Boolean debugMode) { this.debugMode = debugMode; }
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
    /** The platform database's compatibility level, e.g. 150 (SQL Server and Azure SQL). */
    public Integer getDatabaseCompatibilityLevel() { return databaseCompatibilityLevel; }
    public void setDatabaseCompatibilityLevel(Integer level) { this.databaseCompatibilityLevel = level; }
    /** The Azure SQL Database service tier, e.g. "S3", "P1". */
    public String getAzureSqlServiceTier() { return azureSqlServiceTier; }
    public void setAzureSqlServiceTier(String tier) { this.azureSqlServiceTier = tier; }
    /** The .NET Framework on the front ends, e.g. "4.8". */
    public Version getDotnetFramework() { return dotnetFramework; }
    public void setDotnetFramework(Version version) { this.dotnetFramework = version; }
    /**
     * The .NET Runtime and Hosting Bundles on the front ends, as written: one ("8.0.11") or several
     * side by side (["6.0.36", "8.0.11"]); null when not given, never empty.
     */
    public List<Version> getDotnetHostingBundle() { return dotnetHostingBundle; }
    public void setDotnetHostingBundle(List<Version> versions) { this.dotnetHostingBundle = versions; }
    /** The Visual C++ redistributable on the front ends, e.g. "2015-2022" (or its version, "14.40"). */
    public String getVisualCppRedistributable() { return visualCppRedistributable; }
    public void setVisualCppRedistributable(String version) { this.visualCppRedistributable = version; }
    /** The RabbitMQ server of the cache invalidation service, e.g. "3.13.7". */
    public Version getRabbitmqVersion() { return rabbitmqVersion; }
    public void setRabbitmqVersion(Version version) { this.rabbitmqVersion = version; }
    /** The Erlang/OTP the RabbitMQ server runs on, e.g. "26.2.5". */
    public Version getErlangVersion() { return erlangVersion; }
    public void setErlangVersion(Version version) { this.erlangVersion = version; }
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

    /** The names of its modules, made on first use (by a rule, after the estate is validated). */
    @JsonIgnore
    public ModuleNames getModuleNames() {
        if (moduleNames == null) {
            moduleNames = ModuleNames.of(getModules());
        }
        return moduleNames;
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
