package com.qinglian.audit.internal;

import com.qinglian.shared.JsonText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One stored audit entry. Its hash is SHA-256 (lowercase hex) of the UTF-8 bytes of
 * {@code prevHash + canonicalForm()}; {@link #canonicalForm()} documents the canonical form.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String clientAddress,
        String action,
        String entityType,
        String entityId,
        String beforeJson,
        String afterJson,
        String reason,
        String prevHash,
        String hash) {

    /** The prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

    /** A new entry, linked to prevHash and sealed with its hash; the time is kept to the microsecond both databases store. */
    public static AuditEntry sealed(
            long id,
            Instant occurredAt,
            String actor,
            String clientAddress,
            String action,
            String entityType,
            String entityId,
            String beforeJson,
            String afterJson,
            String reason,
            String prevHash) {
        AuditEntry unsealed = new AuditEntry(
                id,
                occurredAt.truncatedTo(ChronoUnit.MICROS),
                actor,
                clientAddress,
                action,
                entityType,
                entityId,
                beforeJson,
                afterJson,
                reason,
                prevHash,
                null);
        return unsealed.withHash(unsealed.computeHash());
    }

    /**
     * The canonical form: a JSON object, canonicalised as in RFC 8785 (no spaces, keys sorted, strings escaped
     * only where JSON requires it, non-ASCII kept as is), with every column except prev_hash and hash:
     * action, actor, after_json, before_json, client_address, entity_id, entity_type, id (an integer),
     * occurred_at (UTC, always six fraction digits, e.g. 2026-01-31T08:00:00.000000Z), reason. A missing value
     * is JSON null; before_json and after_json are embedded as strings. Python reproduces it with
     * {@code json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)}.
     */
    public String canonicalForm() {
        return new StringBuilder(256)
                .append('{')
                .append("\"action\":")
                .append(JsonText.quote(action))
                .append(",\"actor\":")
                .append(JsonText.quote(actor))
                .append(",\"after_json\":")
                .append(JsonText.quote(afterJson))
                .append(",\"before_json\":")
                .append(JsonText.quote(beforeJson))
                .append(",\"client_address\":")
                .append(JsonText.quote(clientAddress))
                .append(",\"entity_id\":")
                .append(JsonText.quote(entityId))
                .append(",\"entity_type\":")
                .append(JsonText.quote(entityType))
                .append(",\"id\":")
                .append(id)
                .append(",\"occurred_at\":")
                .append(JsonText.quote(MICROS_UTC.format(occurredAt)))
                .append(",\"reason\":")
                .append(JsonText.quote(reason))
                .append('}')
                .toString();
    }

    /** What the hash of this entry must be, given its content and its prev_hash. */
    public String computeHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((prevHash + canonicalForm()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private AuditEntry withHash(String newHash) {
        return new AuditEntry(
                id,
                occurredAt,
                actor,
                clientAddress,
                action,
                entityType,
                entityId,
                beforeJson,
                afterJson,
                reason,
                prevHash,
                newHash);
    }
}
