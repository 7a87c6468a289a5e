package com.qinglian.rubric;

/** What happened to rubrics, for the audit trail and anyone else who listens. */
public final class RubricEvents {

    private RubricEvents() {}

    public record RubricImported(String code, String version, RubricOrigin origin, String actor, String sha256) {}

    public record RubricPublished(String code, String version, String actor) {}

    public record RubricDraftDeleted(String code, String version, String actor) {}
}
