package dev.estateaudit.estate;

import java.util.List;

/** The planned upgrade: the target Platform Server version and the planned order of environments. */
public class Upgrade extends Positioned {
    private Version targetVersion;
    private List<String> order;

    public Version getTargetVersion() { return targetVersion; }
    public void setTargetVersion(Version targetVersion) { this.targetVersion = targetVersion; }
    public List<String> getOrder() { return order; }
    public void setOrder(List<String> order) { this.order = order; }

    /** Where entry {@code index} of the order was written; the upgrade block's position when unknown. */
    public SourcePosition positionOfEntry(int index) {
        SourcePosition at = order instanceof PositionedNames names ? names.positionOf(index) : null;
        return at != null ? at : getPosition();
    }

    static Upgrade to(Version target) {
        Upgrade upgrade = new Upgrade();
        upgrade.targetVersion = target;
        return upgrade;
    }

    Upgrade withTargetVersion(Version target) {
        Upgrade copy = to(target);
        copy.order = order;
        copy.setPosition(getPosition());
        return copy;
    }

    /** Position of an environment in the planned order, or -1 when it is not listed. */
    public int positionOf(String environment) {
        return order == null ? -1 : order.indexOf(environment);
    }
}
