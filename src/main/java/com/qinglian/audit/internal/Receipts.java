package com.qinglian.audit.internal;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a checkpoint receipt the auditor kept; anything that is not one gives empty. */
public final class Receipts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Receipts() {}

    public static Optional<AuditCheckpoint> read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return Optional.of(new AuditCheckpoint(
                    node.required("checkpoint").asLong(),
                    Instant.parse(node.required("takenAt").asString()),
                    node.required("lastId").asLong(),
                    node.required("lastHash").asString(),
                    node.required("keyId").asString(),
                    node.required("signature").asString(),
                    node.required("reason").asString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
