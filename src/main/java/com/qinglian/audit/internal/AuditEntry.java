package com.qinglian.audit.internal;

import com.qinglian.shared.JsonText;
import com.qinglian.shared.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One stored audit entry. Its hash is HMAC-SHA256 under the secret key {@code keyId} (lowercase hex) of the
 * UTF-8 bytes of {@code prevHash + canonicalForm()}; entries sealed before keys were introduced have no key
 * id and a plain SHA-256 of the same bytes. {@link #canonicalForm()} documents the canonical form.
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
        String hash,
        String keyId) {

    /** An entry sealed with plain SHA-256 (no key), as before keyed seals. */
    public AuditEntry(
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
        this(
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
                hash,
                null);
    }

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

    /** This entry sealed again under the named key: its hash becomes the HMAC, and it records the key id. */
    public AuditEntry sealedWith(KeyRing keys, String newKeyId) {
        AuditEntry keyed = new AuditEntry(
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
                null,
                newKeyId);
        return keyed.withHash(keyed.expectedHash(keys));
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

    /**
     * What the hash of this entry must be, given its content, prev_hash and key: the HMAC under its key, or
     * plain SHA-256 for an entry without a key id.
     *
     * @throws IllegalStateException when the key ring lacks the entry's key
     */
    public String expectedHash(KeyRing keys) {
        return keyId == null ? computeHash() : keys.hmac(keyId, prevHash + canonicalForm());
    }

    /** The plain SHA-256 seal of this entry's content and prev_hash (entries without a key id). */
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
                newHash,
                keyId);
    }
}
