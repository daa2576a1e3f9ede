package dev.estateaudit.estate;

/** The application server the Platform Server runs on: IIS (.NET stack) or, before OutSystems 11, a Java stack. */
public enum ApplicationServer implements EnumLabels.Labeled {
    IIS("IIS"),
    JBOSS("JBoss"),
    WEBLOGIC("WebLogic");

    private final String label;

    ApplicationServer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label();
    }
}
