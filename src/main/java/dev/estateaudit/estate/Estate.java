package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The root of an estate file: the customer's OutSystems infrastructure. */
public class Estate extends Positioned {
    private String name;
    private Licenses licenses;
    private LifeTime lifetime;
    private Upgrade upgrade;
    private List<EstateEnvironment> environments;
    @JsonIgnore
    private List<String> files = List.of();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Licenses getLicenses() { return licenses; }
    public void setLicenses(Licenses licenses) { this.licenses = licenses; }
    public LifeTime getLifetime() { return lifetime; }
    public void setLifetime(LifeTime lifetime) { this.lifetime = lifetime; }
    public Upgrade getUpgrade() { return upgrade; }
    public void setUpgrade(Upgrade upgrade) { this.upgrade = upgrade; }
    public List<EstateEnvironment> getEnvironments() { return environments == null ? List.of() : environments; }
    public void setEnvironments(List<EstateEnvironment> environments) { this.environments = environments; }

    /** The files this estate was read from, in the order they were merged. */
    @JsonIgnore public List<String> getFiles() { return files; }
    @JsonIgnore public void setFiles(List<String> files) { this.files = files; }

    /**
     * The same estate planned for another target version: a new root and upgrade block, sharing
     * every environment, so one parsed estate serves any number of targets and none is changed.
     */
    public Estate withTargetVersion(Version target) {
        Estate copy = new Estate();
        copy.name = name;
        copy.licenses = licenses;
        copy.lifetime = lifetime;
        copy.environments = environments;
        copy.files = files;
        copy.setPosition(getPosition());
        copy.upgrade = upgrade == null ? Upgrade.to(target) : upgrade.withTargetVersion(target);
        return copy;
    }

    @JsonIgnore
    public long getModuleCount() {
        return getEnvironments().stream().mapToLong(e -> e.getModules().size()).sum();
    }

    @JsonIgnore
    public boolean hasLifetime() {
        return lifetime != null;
    }

    @JsonIgnore
    public boolean isUpgradePlanned() {
        return upgrade != null && upgrade.getTargetVersion() != null;
    }
}
