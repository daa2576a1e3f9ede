package dev.estateaudit.estate;

/** What a module is: an eSpace (a module built in Service Studio) or an Integration Studio extension. */
public enum ModuleKind implements EnumLabels.Labeled {
    ESPACE, EXTENSION;

    @Override
    public String toString() {
        return label();
    }
}
