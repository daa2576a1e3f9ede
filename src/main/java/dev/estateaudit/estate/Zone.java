package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A deployment zone of an environment and its front-end servers. */
public class Zone extends Positioned implements Named {
    private String name;
    private List<FrontEnd> frontEnds;
    @JsonIgnore
    private String environment;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<FrontEnd> getFrontEnds() { return frontEnds == null ? List.of() : frontEnds; }
    public void setFrontEnds(List<FrontEnd> frontEnds) { this.frontEnds = frontEnds; }
    @JsonIgnore public String getEnvironment() { return environment; }
    @JsonIgnore public void setEnvironment(String environment) { this.environment = environment; }

    /** Front ends that serve requests; disabled ones do not count toward a zero-downtime upgrade, and a zone listed without front ends has none. */
    @JsonIgnore
    public int getEnabledFrontEndCount() {
        return (int) getFrontEnds().stream().filter(FrontEnd::isActive).count();
    }
}
