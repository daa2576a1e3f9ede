package dev.estateaudit.review;

import dev.estateaudit.estate.Positioned;
import java.time.LocalDate;

/**
 * An accepted finding, for a time: rule and optional subject fields say which findings it covers,
 * the rest says who accepted them, why and until when. A fact in the waiver rules' session
 * (rules/waivers/), which decide what it covers and when it expires; it remembers its file and line.
 */
public final class Waiver extends Positioned {

    private final String rule;
    private final String environment;
    private final String module;
    private final String zone;
    private final String frontEnd;
    private final String justification;
    private final String owner;
    private final String ticket;
    private final LocalDate expires;

    public Waiver(String rule, String environment, String module, String zone, String frontEnd,
                  String justification, String owner, String ticket, LocalDate expires) {
        this.rule = rule;
        this.environment = environment;
        this.module = module;
        this.zone = zone;
        this.frontEnd = frontEnd;
        this.justification = justification;
        this.owner = owner;
        this.ticket = ticket;
        this.expires = expires;
    }

    public String getRule() { return rule; }
    public String getEnvironment() { return environment; }
    public String getModule() { return module; }
    public String getZone() { return zone; }
    public String getFrontEnd() { return frontEnd; }
    public String getJustification() { return justification; }
    public String getOwner() { return owner; }
    public String getTicket() { return ticket; }
    public LocalDate getExpires() { return expires; }

    /** "lifetime-outdated @ environment=Production" for messages. */
    public String describe() {
        StringBuilder sb = new StringBuilder(rule);
        String subject = (environment == null ? "" : " environment=" + environment)
                + (zone == null ? "" : " zone=" + zone)
                + (frontEnd == null ? "" : " frontEnd=" + frontEnd)
                + (module == null ? "" : " module=" + module);
        return sb.append(subject.isEmpty() ? " (every subject)" : " @" + subject).toString();
    }

    /** "owner jane.doe@acme.example, ticket UPG-1432" (no ticket: owner only). */
    public String ownerAndTicket() {
        return "owner " + owner + (ticket == null ? "" : ", ticket " + ticket);
    }

    @Override
    public String toString() {
        return describe() + " until " + expires + (getPosition() == null ? "" : " (" + getPosition() + ")");
    }
}
