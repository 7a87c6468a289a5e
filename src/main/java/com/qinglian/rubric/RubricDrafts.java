package com.qinglian.rubric;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.rubric.internal.RubricDraftRepository;
import com.qinglian.rubric.internal.RubricRepository;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.PlainDecimal;
import com.qinglian.shared.Sha256;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts read from Word or copied text, and the organiser's work on them before publishing: every upload ends as a
 * draft (or stores nothing), each doubt is settled with a note, a node's words and points can be corrected. Every
 * change is audited; publishing is {@link RubricCatalog#publish}, which refuses while a doubt is open.
 */
@Service
public class RubricDrafts {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_WORDS = 2000;
    public static final int MAX_TITLE = 500;
    /** A rubric's code or version, as the validator allows them. */
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The largest points a node may carry: the columns hold NUMERIC(9, 2). */
    private static final PlainDecimal.Bounds POINTS = new PlainDecimal.Bounds(7, 2);

    private static final String ENTITY = "rubric";
    private static final int MAX_NAME_TRIES = 100;

    private final RubricCatalog catalog;
    private final RubricRepository rubrics;
    private final RubricDraftRepository drafts;
    private final AuditTrail audit;
    private final Clock clock;

    RubricDrafts(
            RubricCatalog catalog,
            RubricRepository rubrics,
            RubricDraftRepository drafts,
            AuditTrail audit,
            Clock clock) {
        this.catalog = catalog;
        this.rubrics = rubrics;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores an uploaded file as a draft, read by its content: YAML or Excel as before, Word and copied text with
     * their source and doubts.
     *
     * @throws RubricInvalidException listing what is wrong; nothing is stored then
     */
    @Transactional
    public StoredRubric importUpload(byte[] content, String actor) {
        return switch (RubricFiles.kind(content)) {
            case YAML_OR_EXCEL -> catalog.importFile(content, actor);
            case WORD -> store(RubricWord.read(content), actor);
            case TEXT -> store(RubricText.read(content), actor);
        };
    }

    /** Stores pasted text as a draft; see {@link RubricText}. */
    @Transactional
    public StoredRubric importText(String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        // read as bytes, so that pasted text meets the same size limit as an uploaded file
        return store(RubricText.read(text.getBytes(StandardCharsets.UTF_8)), actor);
    }

    /** The source and doubts of a rubric read from Word or text; empty for other rubrics. */
    @Transactional(readOnly = true)
    public Optional<DraftReview> review(String code, String version) {
        return drafts.idOf(code, version).flatMap(drafts::review);
    }

    /**
     * Settles an open doubt with the organiser's note.
     *
     * @throws RubricInvalidException when the note is empty or too long
     * @throws ConflictException when the doubt is settled already or the rubric is published
     */
    @Transactional
    public void settle(String code, String version, int number, String note, String actor) {
        String tidy = TextInput.tidy(note);
        if (tidy == null) {
            throw new RubricInvalidException(RubricProblem.of("#" + number, "rubric.error.doubtNoteMissing"));
        }
        if (TextInput.hasForbidden(tidy, TextInput.Shape.MULTI_LINE) || TextInput.length(tidy) > MAX_NOTE) {
            throw new RubricInvalidException(RubricProblem.of("#" + number, "rubric.error.doubtNoteBad", MAX_NOTE));
        }
        long id = lockDraft(code, version);
        DraftDoubt doubt = drafts.review(id)
                .flatMap(r ->
                        r.doubts().stream().filter(d -> d.number() == number).findFirst())
                .orElseThrow(() -> new RubricNotFoundException(code, version + "#" + number));
        if (doubt.isSettled() || !drafts.settle(id, number, actor, clock.instant(), tidy)) {
            throw new ConflictException("doubt " + number + " is settled already", "rubric.doubtSettledAlready");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("doubt", number);
        after.put("kind", doubt.doubt().kind().name());
        after.put("node", doubt.doubt().node());
        after.put("note", tidy);
        audit.record(AuditEvent.of(AuditActions.UPDATE, ENTITY, code + "/" + version, Map.of("doubt", number), after)
                .by(actor, null));
    }

    /**
     * Replaces a node's words (an item's text, another node's title) and points in a draft.
     *
     * @throws RubricInvalidException when the words are empty or too long, or the points not a number of at most
     *     two decimals from 0 up
     */
    @Transactional
    public StoredRubric editNode(
            String code, String version, String nodeCode, String words, String points, String actor) {
        String text = TextInput.tidy(words);
        BigDecimal value = points(nodeCode, points);
        if (text == null
                || TextInput.hasForbidden(text, TextInput.Shape.MULTI_LINE)
                || TextInput.length(text) > MAX_WORDS) {
            throw new RubricInvalidException(RubricProblem.of(nodeCode, "rubric.error.nodeWordsBad", MAX_WORDS));
        }
        lockDraft(code, version);
        StoredRubric stored = catalog.find(code, version).orElseThrow(() -> new RubricNotFoundException(code, version));
        stored.requireDraft();
        RubricNode before = stored.rubric()
                .node(nodeCode)
                .orElseThrow(() -> new RubricNotFoundException(code, version + "#" + nodeCode));
        Rubric edited = RubricDraftEdits.editNode(stored.rubric(), nodeCode, text, value);
        if (!rubrics.replaceDraft(edited)) {
            throw new ConflictException("rubric " + code + "/" + version + " is no longer a draft");
        }
        audit.record(AuditEvent.of(
                        AuditActions.UPDATE,
                        ENTITY,
                        code + "/" + version,
                        nodeState(nodeCode, before.isItem() ? before.text() : before.title(), before.points()),
                        nodeState(nodeCode, text, value))
                .by(actor, null));
        return withRubric(stored, edited);
    }

    /**
     * Replaces a negative-list or bonus rule's points: per case or a fixed amount (exactly one), and a cap if any.
     *
     * @throws RubricInvalidException when a figure is not a number of at most two decimals from 0 up, or both or
     *     neither of per case and fixed are given
     */
    @Transactional
    public StoredRubric editRule(
            String code, String version, String ruleCode, String perCase, String fixed, String cap, String actor) {
        BigDecimal each = TextInput.tidy(perCase) == null ? null : points(ruleCode, perCase);
        BigDecimal once = TextInput.tidy(fixed) == null ? null : points(ruleCode, fixed);
        BigDecimal most = TextInput.tidy(cap) == null ? null : points(ruleCode, cap);
        if ((each == null) == (once == null)) {
            throw new RubricInvalidException(RubricProblem.of(ruleCode, "rubric.error.rulePointsOne"));
        }
        return change(code, version, actor, "rule", ruleCode, rubric -> {
            if (rubric.negativeList()
                    .rule(ruleCode)
                    .or(() -> rubric.bonus().rule(ruleCode))
                    .isEmpty()) {
                throw new RubricNotFoundException(code, version + "#" + ruleCode);
            }
            return RubricDraftEdits.editRule(rubric, ruleCode, each, once, most);
        });
    }

    /**
     * Replaces which units a node of a draft applies to (by type, tag, unit code) and how it scores (mode). The draft
     * is stored even when the mode no longer fits its children: the validator names that before publishing.
     *
     * @throws RubricInvalidException when a field is wrong (see {@link NodeScopeInput#read}) or the node is an item
     */
    @Transactional
    public StoredRubric editScope(String code, String version, String nodeCode, NodeScopeInput scope, String actor) {
        return change(code, version, actor, "scope", nodeCode, rubric -> {
            requireNode(rubric, nodeCode);
            if (rubric.node(nodeCode).orElseThrow().isItem()) {
                throw new RubricInvalidException(RubricProblem.of(nodeCode, "rubric.error.scopeOnItem"));
            }
            return RubricDraftEdits.editScope(
                    rubric, nodeCode, scope.types(), scope.tags(), scope.units(), scope.mode());
        });
    }

    /** Deletes a node of a draft and everything under it. */
    @Transactional
    public StoredRubric deleteNode(String code, String version, String nodeCode, String actor) {
        return change(code, version, actor, "delete", nodeCode, rubric -> {
            requireNode(rubric, nodeCode);
            return RubricDraftEdits.deleteNode(rubric, nodeCode);
        });
    }

    /**
     * Moves a node of a draft one place up or down among its siblings.
     *
     * @throws RubricInvalidException when the direction is neither {@code up} nor {@code down}, or the node is first
     *     (last) already
     */
    @Transactional
    public StoredRubric moveNode(String code, String version, String nodeCode, String direction, String actor) {
        int step = "up".equals(direction) ? -1 : "down".equals(direction) ? 1 : 0;
        if (step == 0) {
            throw new RubricInvalidException(RubricProblem.of(nodeCode, "rubric.error.moveDirection"));
        }
        return change(code, version, actor, "move " + direction, nodeCode, rubric -> {
            requireNode(rubric, nodeCode);
            Rubric moved = RubricDraftEdits.moveNode(rubric, nodeCode, step);
            if (moved.nodes().equals(rubric.nodes())) {
                throw new RubricInvalidException(RubricProblem.of(nodeCode, "rubric.error.cannotMove." + direction));
            }
            return moved;
        });
    }

    /**
     * Names a draft: its code, version and title, as it will be published (a draft read from text is called
     * {@code imported} until then).
     *
     * @throws RubricInvalidException when a code or version is not 1 to 64 letters, digits, dots, dashes or
     *     underscores, the title is empty or too long, or another rubric has that code and version
     */
    @Transactional
    public StoredRubric rename(
            String code, String version, String newCode, String newVersion, String title, String actor) {
        String tidyCode = TextInput.tidy(newCode);
        String tidyVersion = TextInput.tidy(newVersion);
        String tidyTitle = TextInput.tidy(title);
        List<RubricProblem> problems = new ArrayList<>();
        if (tidyCode == null || !NAME.matcher(tidyCode).matches()) {
            problems.add(RubricProblem.of("code", "rubric.error.nameBad", tidyCode == null ? "" : tidyCode));
        }
        if (tidyVersion == null || !NAME.matcher(tidyVersion).matches()) {
            problems.add(RubricProblem.of("version", "rubric.error.nameBad", tidyVersion == null ? "" : tidyVersion));
        }
        if (tidyTitle == null
                || TextInput.hasForbidden(tidyTitle, TextInput.Shape.SINGLE_LINE)
                || TextInput.length(tidyTitle) > MAX_TITLE) {
            problems.add(RubricProblem.of("title", "rubric.error.titleBad", MAX_TITLE));
        }
        if (!problems.isEmpty()) {
            throw new RubricInvalidException(problems);
        }
        lockDraft(code, version);
        boolean sameName = tidyCode.equals(code) && tidyVersion.equals(version);
        if (!sameName && rubrics.exists(tidyCode, tidyVersion)) {
            throw new RubricInvalidException(
                    RubricProblem.of("code", "rubric.error.nameTaken", tidyCode + "/" + tidyVersion));
        }
        StoredRubric stored = catalog.find(code, version).orElseThrow(() -> new RubricNotFoundException(code, version));
        stored.requireDraft();
        Rubric renamed = RubricDraftEdits.rename(stored.rubric(), tidyCode, tidyVersion, tidyTitle);
        if (!rubrics.renameDraft(code, version, renamed)) {
            throw new ConflictException("rubric " + code + "/" + version + " is no longer a draft");
        }
        audit.record(AuditEvent.of(
                        AuditActions.UPDATE,
                        ENTITY,
                        tidyCode + "/" + tidyVersion,
                        Map.of(
                                "code",
                                code,
                                "version",
                                version,
                                "title",
                                stored.rubric().title()),
                        Map.of("code", tidyCode, "version", tidyVersion, "title", tidyTitle))
                .by(actor, null));
        return withRubric(stored, renamed);
    }

    private static void requireNode(Rubric rubric, String nodeCode) {
        if (rubric.node(nodeCode).isEmpty()) {
            throw new RubricNotFoundException(rubric.code(), rubric.version() + "#" + nodeCode);
        }
    }

    /** One audited change of a draft's definition, under the draft's lock. */
    private StoredRubric change(
            String code, String version, String actor, String what, String target, UnaryOperator<Rubric> edit) {
        lockDraft(code, version);
        StoredRubric stored = catalog.find(code, version).orElseThrow(() -> new RubricNotFoundException(code, version));
        stored.requireDraft();
        Rubric edited = edit.apply(stored.rubric());
        if (!rubrics.replaceDraft(edited)) {
            throw new ConflictException("rubric " + code + "/" + version + " is no longer a draft");
        }
        audit.record(AuditEvent.of(
                        AuditActions.UPDATE,
                        ENTITY,
                        code + "/" + version,
                        Map.of("sha256", Sha256.hex(RubricYaml.write(stored.rubric()))),
                        Map.of("change", what, "target", target, "sha256", Sha256.hex(RubricYaml.write(edited))))
                .by(actor, null));
        return withRubric(stored, edited);
    }

    private static StoredRubric withRubric(StoredRubric stored, Rubric rubric) {
        return new StoredRubric(
                rubric,
                stored.status(),
                stored.origin(),
                stored.createdAt(),
                stored.createdBy(),
                stored.publishedAt(),
                stored.publishedBy());
    }

    private static Map<String, Object> nodeState(String node, String words, BigDecimal points) {
        return Map.of(
                "node",
                node,
                "words",
                words,
                "points",
                points.stripTrailingZeros().toPlainString());
    }

    private static BigDecimal points(String nodeCode, String points) {
        String tidy = TextInput.tidy(points);
        BigDecimal value;
        try {
            // the one reader of numbers from people: no exponent, no grouping, at most 7 digits and 2 decimals
            value = tidy == null ? null : PlainDecimal.parse(tidy, POINTS);
        } catch (PlainDecimal.Refused e) {
            value = null;
        }
        if (value == null || value.signum() < 0) {
            throw new RubricInvalidException(
                    RubricProblem.of(nodeCode, "rubric.error.nodePointsBad", tidy == null ? "" : tidy));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private long lockDraft(String code, String version) {
        return drafts.lockDraft(code, version).orElseThrow(() -> {
            if (rubrics.exists(code, version)) {
                return new ConflictException("rubric " + code + "/" + version + " is published");
            }
            return new RubricNotFoundException(code, version);
        });
    }

    private StoredRubric store(ImportedDraft draft, String actor) {
        Rubric rubric = freeName(draft.rubric());
        StoredRubric stored =
                new StoredRubric(rubric, RubricStatus.DRAFT, draft.origin(), clock.instant(), actor, null, null);
        rubrics.insert(stored);
        long id = drafts.idOf(rubric.code(), rubric.version()).orElseThrow();
        drafts.insert(id, draft.sourceLines(), draft.sources(), draft.doubts());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "DRAFT");
        after.put("origin", draft.origin().name());
        after.put("sha256", Sha256.hex(RubricYaml.write(rubric)));
        after.put("doubts", draft.doubts().size());
        audit.record(AuditEvent.of(AuditActions.IMPORT, ENTITY, rubric.code() + "/" + rubric.version(), null, after)
                .by(actor, null));
        return stored;
    }

    /**
     * A draft read from text is called {@code imported} with the year as version until the organiser names it; a
     * second one gets {@code imported-2} and so on, so that no import replaces another's settled doubts.
     */
    private Rubric freeName(Rubric rubric) {
        String code = rubric.code();
        for (int n = 2; rubrics.exists(code, rubric.version()); n++) {
            if (n > MAX_NAME_TRIES) {
                throw new RubricInvalidException(RubricProblem.of("", "rubric.error.tooManyImportedDrafts"));
            }
            code = rubric.code() + "-" + n;
        }
        return code.equals(rubric.code())
                ? rubric
                : RubricDraftEdits.rename(rubric, code, rubric.version(), rubric.title());
    }
}
