package dev.estateaudit.readiness;

/** A rule that could not judge a target for want of platform knowledge, and for how many subjects. */
public record UnjudgedCheck(String ruleId, long subjects) {
}
