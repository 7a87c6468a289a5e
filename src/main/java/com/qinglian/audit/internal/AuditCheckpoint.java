package com.qinglian.audit.internal;

import com.qinglian.shared.JsonText;
import com.qinglian.shared.KeyRing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The head of the audit chain at one moment, signed with the secret key: the receipt an auditor keeps
 * outside the system. Whoever holds it can later prove that entries up to {@code lastId} are unchanged.
 *
 * @param signature HMAC-SHA256 under {@code keyId} of {@link #signedText()}
 */
public record AuditCheckpoint(
        long id, Instant takenAt, long lastId, String lastHash, String keyId, String signature, String reason) {

    /** What the signature covers: a canonical JSON object (sorted keys) of everything but the signature. */
    public String signedText() {
        return "{\"checkpoint\":" + id + ",\"keyId\":" + JsonText.quote(keyId) + ",\"lastHash\":"
                + JsonText.quote(lastHash) + ",\"lastId\":" + lastId + ",\"reason\":" + JsonText.quote(reason)
                + ",\"takenAt\":"
                + JsonText.quote(takenAt.truncatedTo(ChronoUnit.SECONDS).toString()) + "}";
    }

    /** The receipt as a small JSON document. */
    public String receipt() {
        String text = signedText();
        return text.substring(0, text.length() - 1) + ",\"signature\":" + JsonText.quote(signature) + "}\n";
    }

    public AuditCheckpoint signed(KeyRing keys) {
        AuditCheckpoint unsigned =
                new AuditCheckpoint(id, takenAt.truncatedTo(ChronoUnit.SECONDS), lastId, lastHash, keyId, null, reason);
        return new AuditCheckpoint(
                id, unsigned.takenAt(), lastId, lastHash, keyId, keys.hmac(keyId, unsigned.signedText()), reason);
    }

    /** Whether the signature is this system's: made with one of its keys over exactly these values. */
    public boolean signatureValid(KeyRing keys) {
        return keys.has(keyId) && KeyRing.same(keys.hmac(keyId, signedText()), signature);
    }
}
