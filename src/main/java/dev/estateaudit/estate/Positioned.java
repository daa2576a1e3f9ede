package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An estate object that remembers where in which file it was written, for messages and SARIF. */
public abstract class Positioned {

    @JsonIgnore
    private SourcePosition position;

    @JsonIgnore
    public SourcePosition getPosition() {
        return position;
    }

    @JsonIgnore
    public void setPosition(SourcePosition position) {
        this.position = position;
    }
}
