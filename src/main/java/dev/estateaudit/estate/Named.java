package dev.estateaudit.estate;

/** An item of a list that is merged across files by its name. */
public interface Named {
    String getName();
}
