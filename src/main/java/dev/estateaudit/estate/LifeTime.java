package dev.estateaudit.estate;

/** The LifeTime management console that manages the estate's environments. */
public class LifeTime extends Positioned {
    /** LifeTime's own release number, which is not a Platform Server version. */
    private Version version;
    /** The Platform Server version of the environment LifeTime runs in. */
    private Version platformVersion;
    private Boolean dedicated;

    public Version getVersion() { return version; }
    public void setVersion(Version version) { this.version = version; }
    public Version getPlatformVersion() { return platformVersion; }
    public void setPlatformVersion(Version platformVersion) { this.platformVersion = platformVersion; }
    public Boolean getDedicated() { return dedicated; }
    public void setDedicated(Boolean dedicated) { this.dedicated = dedicated; }
}
