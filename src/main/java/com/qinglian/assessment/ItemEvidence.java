package com.qinglian.assessment;

import com.qinglian.assessment.SelfAssessments.Context;
import com.qinglian.assessment.internal.AssessmentRepository;
import com.qinglian.assessment.internal.AssessmentRepository.Header;
import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.evidence.EvidenceIntake;
import com.qinglian.evidence.EvidenceStore;
import com.qinglian.evidence.FileKind;
import com.qinglian.security.Actor;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files of self-assessment items. Guarantees: only the unit's reporter adds or removes files,
 * only while the item is open; the type is decided by content; a unit's uploads are counted one at a
 * time against its limit; the same content twice on one item is recognised, not stored twice; a removed
 * file stays stored (invisible) until the campaign is finalized; downloads only for users who may see
 * the unit's data; a document date is never in the future nor more than a year from the campaign's year.
 */
@Service
public class ItemEvidence {

    private final SelfAssessments assessments;
    private final AssessmentRepository repository;
    private final EvidenceIntake intake;
    private final EvidenceStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ItemEvidence(
            SelfAssessments assessments,
            AssessmentRepository repository,
            EvidenceIntake intake,
            EvidenceStore store,
            AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.repository = repository;
        this.intake = intake;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an upload came to: a new file, or the existing one with the same content. */
    public record Upload(ItemFile file, boolean duplicate) {}

    /**
     * Checks and stores an upload for an item.
     *
     * @throws com.qinglian.evidence.EvidenceRejectedException with the reason when the file is refused
     */
    @Transactional
    public Upload add(
            String campaignCode,
            String unitCode,
            String itemCode,
            String filename,
            InputStream content,
            LocalDate evidenceDate) {
        Context ctx = assessments.writable(campaignCode, unitCode);
        SelfAssessment assessment = assessments.load(ctx);
        assessment.requireOpen(itemCode);
        requirePlausible(evidenceDate, ctx);
        long assessmentId = assessments.rows(ctx, assessment);
        repository.lock(assessmentId);
        com.qinglian.evidence.AcceptedFile checked =
                intake.acceptForUnit(filename, content, repository.unitEvidenceBytes(assessmentId));
        Optional<ItemFile> same = repository.evidence(assessmentId).stream()
                .filter(f -> f.itemCode().equals(itemCode) && f.sha256().equals(checked.sha256()))
                .findFirst();
        if (same.isPresent()) {
            delete(checked.key());
            return new Upload(same.get(), true);
        }
        ItemFile record = new ItemFile(
                0,
                itemCode,
                checked.displayName(),
                checked.kind().name(),
                checked.kind().mimeType(),
                checked.size(),
                checked.sha256(),
                evidenceDate,
                clock.instant(),
                Actor.current());
        long id = repository.insertEvidence(repository.itemId(assessmentId, itemCode), checked.key(), record);
        audit.record(AuditEvent.of(
                AuditActions.UPLOAD,
                "evidence",
                campaignCode + "/" + unitCode + "/" + itemCode,
                null,
                Map.of(
                        "name",
                        record.displayName(),
                        "sha256",
                        record.sha256(),
                        "size",
                        record.sizeBytes(),
                        "kind",
                        record.kind())));
        return new Upload(
                new ItemFile(
                        id,
                        itemCode,
                        record.displayName(),
                        record.kind(),
                        record.mediaType(),
                        record.sizeBytes(),
                        record.sha256(),
                        evidenceDate,
                        record.uploadedAt(),
                        record.uploadedBy()),
                false);
    }

    /** Hides a file from the item; the stored file is kept until the campaign is finalized. */
    @Transactional
    public void remove(String campaignCode, String unitCode, long evidenceId) {
        Context ctx = assessments.writable(campaignCode, unitCode);
        Header header = repository
                .header(campaignCode, unitCode)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        ItemFile file = repository
                .evidenceFile(header.id(), evidenceId)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        assessments.load(ctx).requireOpen(file.itemCode());
        repository.markEvidenceRemoved(evidenceId, clock.instant(), Actor.current());
        audit.record(AuditEvent.of(
                AuditActions.REMOVE,
                "evidence",
                campaignCode + "/" + unitCode + "/" + file.itemCode(),
                Map.of("id", evidenceId, "name", file.displayName(), "sha256", file.sha256()),
                null));
    }

    /**
     * Sets or clears the document date of a file (the date of the document, not of the upload), while its
     * item is open to the unit.
     *
     * @throws InputRejectedException when the date lies in the future or far from the campaign's year
     */
    @Transactional
    public ItemFile redate(String campaignCode, String unitCode, long evidenceId, LocalDate evidenceDate) {
        Context ctx = assessments.writable(campaignCode, unitCode);
        Header header = repository
                .header(campaignCode, unitCode)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        ItemFile file = repository
                .evidenceFile(header.id(), evidenceId)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        assessments.load(ctx).requireOpen(file.itemCode());
        requirePlausible(evidenceDate, ctx);
        repository.setEvidenceDate(evidenceId, evidenceDate);
        audit.record(AuditEvent.of(
                AuditActions.UPDATE,
                "evidence",
                campaignCode + "/" + unitCode + "/" + file.itemCode(),
                dateJson(evidenceId, file.evidenceDate()),
                dateJson(evidenceId, evidenceDate)));
        return repository.evidenceFile(header.id(), evidenceId).orElseThrow();
    }

    /**
     * A document date is not in the future, and lies within a year of the campaign's year (the records of
     * a year are often dated shortly before or after it; anything further is a typing error).
     */
    private void requirePlausible(LocalDate date, Context ctx) {
        if (date == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(ctx.campaign().year() - 1, 1, 1);
        LocalDate last = LocalDate.of(ctx.campaign().year() + 1, 12, 31);
        if (date.isAfter(today)) {
            throw new InputRejectedException(
                    List.of(InputProblem.of(0, "evidenceDate", "evidence.error.dateFuture", today.toString())));
        }
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new InputRejectedException(List.of(
                    InputProblem.of(0, "evidenceDate", "evidence.error.dateRange", first.toString(), last.toString())));
        }
    }

    private static Map<String, Object> dateJson(long id, LocalDate date) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", id);
        out.put("evidenceDate", date == null ? null : date.toString());
        return out;
    }

    /** The item a file of the unit belongs to, for pages that show it again; the user must see the unit. */
    @Transactional(readOnly = true)
    public String itemOf(String campaignCode, String unitCode, long evidenceId) {
        assessments.readable(campaignCode, unitCode);
        return repository
                .header(campaignCode, unitCode)
                .flatMap(h -> repository.evidenceFile(h.id(), evidenceId))
                .map(ItemFile::itemCode)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
    }

    /** A file for download, after checking the user may see the unit's data. */
    @Transactional(readOnly = true)
    public com.qinglian.evidence.AcceptedFile download(String campaignCode, String unitCode, long evidenceId) {
        Context ctx = assessments.readable(campaignCode, unitCode);
        Header header = repository
                .header(ctx.campaign().code(), unitCode)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        ItemFile file = repository
                .evidenceFile(header.id(), evidenceId)
                .orElseThrow(() -> new NotFoundException("no evidence " + evidenceId));
        return new com.qinglian.evidence.AcceptedFile(
                repository.storageKey(evidenceId),
                file.sha256(),
                file.sizeBytes(),
                FileKind.valueOf(file.kind()),
                file.displayName());
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
