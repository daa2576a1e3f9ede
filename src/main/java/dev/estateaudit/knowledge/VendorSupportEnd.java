package dev.estateaudit.knowledge;

import dev.estateaudit.estate.DatabaseProvider;
import java.time.LocalDate;

/**
 * The last day a vendor supports an operating system or a database version the catalogue lists;
 * OutSystems supports them only while their vendor does. Either {@code operatingSystem} (normalised
 * as {@link InfrastructureNames#operatingSystem} normalises an estate's) or {@code databaseProvider}
 * with {@code databaseVersion} is set. The source is the vendor's lifecycle page.
 */
public record VendorSupportEnd(String product, String operatingSystem, DatabaseProvider databaseProvider,
                               String databaseVersion, LocalDate ends, String note, DocumentSource source) {
    /** How people name it: "Windows Server 2016", "SQL Server 2016". */
    public String getProduct() { return product; }
    public String getOperatingSystem() { return operatingSystem; }
    public DatabaseProvider getDatabaseProvider() { return databaseProvider; }
    public String getDatabaseVersion() { return databaseVersion; }
    public LocalDate getEnds() { return ends; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
