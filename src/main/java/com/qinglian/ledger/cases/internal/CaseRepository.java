package com.qinglian.ledger.cases.internal;

import com.qinglian.evidence.AcceptedFile;
import com.qinglian.evidence.FileKind;
import com.qinglian.ledger.cases.CaseAttachment;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.CaseSource;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.internal.Decimals;
import com.qinglian.shared.DocumentNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Ledger cases and their attachments, in plain SQL. */
@Repository
public class CaseRepository {

    private static final String SELECT = """
            SELECT lc.*, c.code AS campaign_code FROM ledger_case lc JOIN campaign c ON c.id = lc.campaign_id
            """;
    private static final String ORDER = " ORDER BY lc.case_date, lc.unit_code, lc.id";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored attachment with its storage key, which never leaves the module. */
    public record StoredAttachment(CaseAttachment attachment, String storageKey, String mediaType) {
        public AcceptedFile asEvidence() {
            return new AcceptedFile(
                    storageKey,
                    attachment.sha256(),
                    attachment.sizeBytes(),
                    FileKind.valueOf(attachment.kind()),
                    attachment.displayName());
        }
    }

    public List<CaseEntry> entries(String campaignCode) {
        List<CaseEntry> cases = jdbc.sql(SELECT + " WHERE c.code = ?" + ORDER)
                .param(campaignCode)
                .query(this::map)
                .list();
        return withAttachments(cases);
    }

    public List<CaseEntry> entriesOfUnit(String unitCode, LocalDate from, LocalDate to) {
        List<CaseEntry> cases = jdbc.sql(
                        SELECT + " WHERE lc.unit_code = ? AND lc.case_date >= ? AND lc.case_date <= ?" + ORDER)
                .params(unitCode, from, to)
                .query(this::map)
                .list();
        return withAttachments(cases);
    }

    public Optional<CaseEntry> entry(long id) {
        return jdbc.sql(SELECT + " WHERE lc.id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .map(e -> withAttachments(List.of(e)).get(0));
    }

    /**
     * The case of a unit with this document number, in any campaign, however either is spelled
     * ({@link DocumentNumber#same}: brackets, widths and spaces do not make another document). A unit has few
     * cases, so they are compared here rather than by a stored key.
     */
    public Optional<LedgerCase> byDocument(String unitCode, String documentNumber) {
        return jdbc.sql(SELECT + " WHERE lc.unit_code = ?" + ORDER).param(unitCode).query(this::map).list().stream()
                .map(CaseEntry::ledgerCase)
                .filter(c -> DocumentNumber.same(c.documentNumber(), documentNumber))
                .findFirst();
    }

    public long insert(LedgerCase c, CaseSource source, Instant now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_case (campaign_id, unit_code, rule_code, case_count, multiplier, case_date, document_number,
                                         issuing_body, description, amount, case_level, source, version, recorded_at,
                                         recorded_by)
                VALUES ((SELECT id FROM campaign WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(
                        c.campaignCode(),
                        c.unitCode(),
                        c.ruleCode(),
                        c.count(),
                        c.multiplier(),
                        c.date(),
                        c.documentNumber(),
                        c.issuingBody(),
                        c.description(),
                        c.amount(),
                        c.level(),
                        source.name(),
                        at(now),
                        actor)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO ledger_document_key (case_id, unit_code, document_key) VALUES (?, ?, ?)")
                .params(id, c.unitCode(), DocumentNumber.key(c.documentNumber()))
                .update();
        return id;
    }

    /** Saves the case if nobody changed it since {@code expectedVersion}. */
    public boolean update(LedgerCase c, int expectedVersion) {
        boolean saved = jdbc.sql("""
                UPDATE ledger_case SET unit_code = ?, rule_code = ?, case_count = ?, multiplier = ?, case_date = ?,
                                       document_number = ?, issuing_body = ?, description = ?, amount = ?, case_level = ?,
                                       version = version + 1
                 WHERE id = ? AND version = ?
                """)
                        .params(
                                c.unitCode(),
                                c.ruleCode(),
                                c.count(),
                                c.multiplier(),
                                c.date(),
                                c.documentNumber(),
                                c.issuingBody(),
                                c.description(),
                                c.amount(),
                                c.level(),
                                c.id(),
                                expectedVersion)
                        .update()
                == 1;
        if (saved) {
            jdbc.sql("DELETE FROM ledger_document_key WHERE case_id = ?")
                    .param(c.id())
                    .update();
            jdbc.sql("INSERT INTO ledger_document_key (case_id, unit_code, document_key) VALUES (?, ?, ?)")
                    .params(c.id(), c.unitCode(), DocumentNumber.key(c.documentNumber()))
                    .update();
        }
        return saved;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM ledger_case WHERE id = ?").param(id).update();
    }

    public long insertAttachment(long caseId, String storageKey, String mediaType, CaseAttachment a) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_attachment (case_id, storage_key, sha256, size_bytes, kind, media_type, display_name,
                                               uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        caseId,
                        storageKey,
                        a.sha256(),
                        a.sizeBytes(),
                        a.kind(),
                        mediaType,
                        a.displayName(),
                        at(a.uploadedAt()),
                        a.uploadedBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StoredAttachment> attachment(long id) {
        return jdbc.sql("SELECT * FROM ledger_attachment WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredAttachment(
                        mapAttachment(rs), rs.getString("storage_key"), rs.getString("media_type")))
                .optional();
    }

    public void deleteAttachment(long id) {
        jdbc.sql("DELETE FROM ledger_attachment WHERE id = ?").param(id).update();
    }

    private List<CaseEntry> withAttachments(List<CaseEntry> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        List<Long> ids = cases.stream().map(e -> e.ledgerCase().id()).toList();
        Map<Long, List<CaseAttachment>> byCase = jdbc
                .sql("SELECT * FROM ledger_attachment WHERE case_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((rs, n) -> mapAttachment(rs))
                .list()
                .stream()
                .collect(Collectors.groupingBy(CaseAttachment::caseId));
        return cases.stream()
                .map(e -> new CaseEntry(
                        e.ledgerCase(),
                        e.source(),
                        e.version(),
                        byCase.getOrDefault(e.ledgerCase().id(), List.of())))
                .toList();
    }

    private CaseEntry map(ResultSet rs, int row) throws SQLException {
        LedgerCase c = new LedgerCase(
                rs.getLong("id"),
                rs.getString("campaign_code"),
                rs.getString("unit_code"),
                rs.getString("rule_code"),
                rs.getInt("case_count"),
                Decimals.plain(rs.getBigDecimal("multiplier")),
                rs.getDate("case_date").toLocalDate(),
                rs.getString("document_number"),
                rs.getString("issuing_body"),
                rs.getString("description"),
                Decimals.plain(rs.getBigDecimal("amount")),
                rs.getString("case_level"));
        return new CaseEntry(c, CaseSource.valueOf(rs.getString("source")), rs.getInt("version"), List.of());
    }

    private static CaseAttachment mapAttachment(ResultSet rs) throws SQLException {
        return new CaseAttachment(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("display_name"),
                rs.getString("kind"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("uploaded_by"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
