package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A module (eSpace or extension) published in one environment. Named EstateModule so that rules
 * never confuse it with {@code java.lang.Module}.
 */
public class EstateModule extends Positioned implements Named {
    private String name;
    private ModuleKind kind;
    private String application;
    private Boolean debugMode;
    private Version publishedWith;
    private Instant lastPublished;
    private List<String> references;
    private Integer errorsLast7Days;
    private String consistencyStatus;
    @JsonIgnore
    private String environment;
    @JsonIgnore
    private EstateEnvironment publishedIn;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** Defaults to espace. */
    public ModuleKind getKind() { return kind; }
    public void setKind(ModuleKind kind) { this.kind = kind; }
    public String getApplication() { return application; }
    public void setApplication(String application) { this.application = application; }
    public Boolean getDebugMode() { return debugMode; }
    public void setDebugMode(Boolean debugMode) { this.debugMode = debugMode; }
    public Version getPublishedWith() { return publishedWith; }
    public void setPublishedWith(Version publishedWith) { this.publishedWith = publishedWith; }
    public Instant getLastPublished() { return lastPublished; }
    public void setLastPublished(Instant lastPublished) { this.lastPublished = lastPublished; }
    public List<String> getReferences() { return references == null ? List.of() : references; }
    public void setReferences(List<String> references) { this.references = references; }
    public Integer getErrorsLast7Days() { return errorsLast7Days; }
    public void setErrorsLast7Days(Integer errorsLast7Days) { this.errorsLast7Days = errorsLast7Days; }
    /** LifeTime's consistency status of the module in this environment, e.g. "Consumer Module Outdated"; "OK" when consistent. */
    public String getConsistencyStatus() { return consistencyStatus; }
    public void setConsistencyStatus(String consistencyStatus) { this.consistencyStatus = consistencyStatus; }
    @JsonIgnore public String getEnvironment() { return environment; }
    @JsonIgnore public void setEnvironment(String environment) { this.environment = environment; }
    /**
     * The environment the module is published in, set when the estate is validated. A module rule
     * reads what it needs of its environment through it ({@code publishedIn.role}, say): a constraint
     * on the module alone, which Drools checks before any join, so a rule about the few modules of
     * production environments never holds the others in a join memory. A reference, not copies of
     * the environment's fields: one field per module, whatever the rules read.
     */
    @JsonIgnore public EstateEnvironment getPublishedIn() { return publishedIn; }
    @JsonIgnore public void setPublishedIn(EstateEnvironment publishedIn) { this.publishedIn = publishedIn; }
}
