package dev.estateaudit.knowledge;

import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import java.time.LocalDate;
import java.util.List;

/**
 * The last day OutSystems supports a major version (its mainstream support). An entry naming
 * application servers or database providers applies only to environments on one of them (OutSystems
 * 10's Java stack and MySQL were supported a year longer); an entry naming neither, to all.
 */
public record MajorSupportEnd(int major, LocalDate ends, List<ApplicationServer> applicationServers,
                              List<DatabaseProvider> databaseProviders, String note, DocumentSource source) {
    public MajorSupportEnd {
        // not List.copyOf: its contains(null) throws, and rules ask "contains $server" of environments that state none
        applicationServers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(applicationServers));
        databaseProviders = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(databaseProviders));
    }

    public int getMajor() { return major; }
    public LocalDate getEnds() { return ends; }
    public List<ApplicationServer> getApplicationServers() { return applicationServers; }
    public List<DatabaseProvider> getDatabaseProviders() { return databaseProviders; }
    /** True for the entry that applies to every environment on the major. */
    public boolean isGeneral() { return applicationServers.isEmpty() && databaseProviders.isEmpty(); }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
