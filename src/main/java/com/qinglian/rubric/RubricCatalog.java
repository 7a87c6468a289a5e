package com.qinglian.rubric;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.rubric.internal.RubricDraftRepository;
import com.qinglian.rubric.internal.RubricRepository;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.Sha256;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubrics the system knows. Guarantees: only valid rubrics are stored; an import stores
 * everything or nothing; a published rubric is never replaced, changed or deleted.
 */
@Service
public class RubricCatalog {

    private static final String ENTITY = "rubric";

    private final RubricRepository repository;
    private final RubricDraftRepository drafts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Rubric> published = new ConcurrentHashMap<>();

    RubricCatalog(RubricRepository repository, RubricDraftRepository drafts, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RubricSummary> list() {
        return repository.findAll().stream().map(RubricSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredRubric> find(String code, String version) {
        return repository.find(code, version);
    }

    /** The rubrics a reader may see: published ones, and drafts only for those who may publish them. */
    @Transactional(readOnly = true)
    public List<RubricSummary> list(boolean includeDrafts) {
        return list().stream()
                .filter(r -> includeDrafts || r.status() == RubricStatus.PUBLISHED)
                .toList();
    }

    /** A rubric if the reader may see it; a draft is invisible (absent) to those who may not publish it. */
    @Transactional(readOnly = true)
    public StoredRubric visible(String code, String version, boolean includeDrafts) {
        return repository
                .find(code, version)
                .filter(stored -> includeDrafts || stored.isPublished())
                .orElseThrow(() -> new RubricNotFoundException(code, version));
    }

    /**
     * A published rubric by code and version, for campaigns and scoring. Published rubrics never change,
     * so each is read and parsed once and then kept.
     */
    @Transactional(readOnly = true)
    public Optional<Rubric> findPublished(String code, String version) {
        String key = code + "/" + version;
        Rubric cached = published.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Rubric> found =
                repository.find(code, version).filter(StoredRubric::isPublished).map(StoredRubric::rubric);
        found.ifPresent(rubric -> published.put(key, rubric));
        return found;
    }

    /**
     * What a stored rubric states that the organiser should look at though it scores (see
     * {@link RubricValidator#warnings}): for the rubric's page and the import's answer. Empty when there is none.
     */
    @Transactional(readOnly = true)
    public List<RubricProblem> warnings(String code, String version) {
        return RubricValidator.warnings(require(code, version).rubric());
    }

    /**
     * Parses, validates and stores an uploaded file as a draft. A draft of the same code and version
     * is replaced; a published one is not.
     *
     * @throws RubricInvalidException listing every problem; nothing is stored then
     */
    @Transactional
    public StoredRubric importFile(byte[] content, String actor) {
        RubricFiles.Parsed parsed = RubricFiles.parse(content);
        Rubric rubric = parsed.rubric();
        repository.find(rubric.code(), rubric.version()).ifPresent(existing -> {
            if (existing.isPublished()) {
                throw new RubricInvalidException(
                        RubricProblem.of("version", "rubric.error.versionPublished", rubric.code(), rubric.version()));
            }
            repository.deleteDraft(rubric.code(), rubric.version());
        });
        StoredRubric stored =
                new StoredRubric(rubric, RubricStatus.DRAFT, parsed.origin(), clock.instant(), actor, null, null);
        repository.insert(stored);
        Map<String, Object> after = Map.of(
                "status", "DRAFT", "origin", parsed.origin().name(), "sha256", Sha256.hex(RubricYaml.write(rubric)));
        audit.record(AuditEvent.of(AuditActions.IMPORT, ENTITY, id(rubric.code(), rubric.version()), null, after)
                .by(actor, null));
        return stored;
    }

    /** Installs a built-in rubric as published, once; returns false when it is already there. */
    @Transactional
    public boolean installBuiltIn(Rubric rubric) {
        RubricValidator.requireValid(rubric);
        if (repository.exists(rubric.code(), rubric.version())) {
            return false;
        }
        repository.insert(new StoredRubric(
                rubric,
                RubricStatus.PUBLISHED,
                RubricOrigin.BUILT_IN,
                clock.instant(),
                "system",
                clock.instant(),
                "system"));
        return true;
    }

    /**
     * Publishes a draft that is valid and has no open doubt. The draft's row is locked first, so that no edit or
     * settlement slips in between the checks and the publication.
     *
     * @throws RubricInvalidException when a doubt is open or the draft is not a valid rubric; nothing changes then
     */
    @Transactional
    public StoredRubric publish(String code, String version, String actor) {
        Optional<Long> locked = drafts.lockDraft(code, version);
        StoredRubric draft = require(code, version);
        draft.requireDraft();
        long id = locked.orElseThrow(
                () -> new ConflictException("rubric " + code + "/" + version + " is no longer a draft"));
        int open = drafts.openDoubts(id);
        if (open > 0) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.openDoubts", open));
        }
        RubricValidator.requireValid(draft.rubric());
        StoredRubric published = draft.publish(actor, clock.instant());
        if (!repository.markPublished(published)) {
            throw new ConflictException("rubric " + code + "/" + version + " is no longer a draft");
        }
        audit.record(AuditEvent.of(
                        AuditActions.PUBLISH,
                        ENTITY,
                        id(code, version),
                        Map.of("status", "DRAFT"),
                        Map.of("status", "PUBLISHED"))
                .by(actor, null));
        return published;
    }

    @Transactional
    public void deleteDraft(String code, String version, String actor) {
        require(code, version).requireDraft();
        repository.deleteDraft(code, version);
        audit.record(AuditEvent.of(AuditActions.DELETE, ENTITY, id(code, version), Map.of("status", "DRAFT"), null)
                .by(actor, null));
    }

    private static String id(String code, String version) {
        return code + "/" + version;
    }

    private StoredRubric require(String code, String version) {
        return repository.find(code, version).orElseThrow(() -> new RubricNotFoundException(code, version));
    }
}
