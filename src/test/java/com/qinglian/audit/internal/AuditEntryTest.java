package com.qinglian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical entry form and the hash, pinned down exactly so that anyone can recompute them. */
class AuditEntryTest {

    static AuditEntry entry(long id, String prevHash) {
        return AuditEntry.sealed(
                id,
                Instant.parse("2026-03-01T08:15:30.123456789Z"),
                "张三",
                "10.0.0.7",
                "UPDATE",
                "unit",
                "U-001",
                "{\"name\":\"旧名\"}",
                "{\"name\":\"新名\"}",
                "更正\n名称",
                prevHash);
    }

    @Test
    void theCanonicalFormIsSortedCompactJsonWithMicrosecondUtcTime() {
        assertThat(entry(7, AuditEntry.GENESIS).canonicalForm())
                .isEqualTo("{\"action\":\"UPDATE\",\"actor\":\"张三\","
                        + "\"after_json\":\"{\\\"name\\\":\\\"新名\\\"}\",\"before_json\":\"{\\\"name\\\":\\\"旧名\\\"}\","
                        + "\"client_address\":\"10.0.0.7\",\"entity_id\":\"U-001\",\"entity_type\":\"unit\",\"id\":7,"
                        + "\"occurred_at\":\"2026-03-01T08:15:30.123456Z\",\"reason\":\"更正\\n名称\"}");
    }

    @Test
    void missingValuesAreJsonNullAndControlCharactersAreEscaped() {
        AuditEntry entry = AuditEntry.sealed(
                1,
                Instant.parse("2026-03-01T00:00:00Z"),
                "system",
                null,
                "LOGIN_FAILURE",
                "user",
                "a\u0001\"b\\",
                null,
                null,
                null,
                AuditEntry.GENESIS);
        assertThat(entry.canonicalForm())
                .contains(
                        "\"client_address\":null",
                        "\"before_json\":null",
                        "\"reason\":null",
                        "\"entity_id\":\"a\\u0001\\\"b\\\\\"",
                        "\"occurred_at\":\"2026-03-01T00:00:00.000000Z\"");
    }

    @Test
    void theHashIsSha256OfThePreviousHashFollowedByTheCanonicalForm() throws Exception {
        String prev = "ab".repeat(32);
        AuditEntry entry = entry(8, prev);
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest((prev + entry.canonicalForm()).getBytes(StandardCharsets.UTF_8));
        assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(expected)).hasSize(64);
        assertThat(entry.computeHash()).isEqualTo(entry.hash());
    }

    @Test
    void anyChangeToAColumnOrTheLinkChangesTheHash() {
        AuditEntry entry = entry(8, AuditEntry.GENESIS);
        assertThat(entry(8, "1".repeat(64)).hash()).isNotEqualTo(entry.hash());
        assertThat(entry(9, AuditEntry.GENESIS).hash()).isNotEqualTo(entry.hash());
        AuditEntry otherActor = new AuditEntry(
                entry.id(),
                entry.occurredAt(),
                "李四",
                entry.clientAddress(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.beforeJson(),
                entry.afterJson(),
                entry.reason(),
                entry.prevHash(),
                entry.hash());
        assertThat(otherActor.computeHash()).isNotEqualTo(otherActor.hash());
    }

    record Unit(String name, String code, BigDecimal points, LocalDate since, Map<String, Object> extra) {}

    @Test
    void beforeAndAfterValuesAreWrittenWithSortedKeysWhateverTheirOrder() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("z", 1);
        extra.put("a", List.of("x", "y"));
        String json =
                CanonicalJson.write(new Unit("瓯海区纪委", "U-1", new BigDecimal("0.50"), LocalDate.of(2021, 8, 30), extra));
        assertThat(json)
                .isEqualTo("{\"code\":\"U-1\",\"extra\":{\"a\":[\"x\",\"y\"],\"z\":1},\"name\":\"瓯海区纪委\","
                        + "\"points\":0.50,\"since\":\"2021-08-30\"}");
        assertThat(CanonicalJson.write(null)).isNull();
    }
}
