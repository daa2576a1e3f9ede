package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A front-end server of a deployment zone. */
public class FrontEnd extends Positioned implements Named {
    private String name;
    private Version platformVersion;
    private Boolean enabled;
    @JsonIgnore
    private String environment;
    @JsonIgnore
    private String zone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** Defaults to the environment's version when the file leaves it out. */
    public Version getPlatformVersion() { return platformVersion; }
    public void setPlatformVersion(Version platformVersion) { this.platformVersion = platformVersion; }
    /** Defaults to true. */
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public boolean isActive() { return !Boolean.FALSE.equals(enabled); }
    @JsonIgnore public String getEnvironment() { return environment; }
    @JsonIgnore public void setEnvironment(String environment) { this.environment = environment; }
    @JsonIgnore public String getZone() { return zone; }
    @JsonIgnore public void setZone(String zone) { this.zone = zone; }
}
