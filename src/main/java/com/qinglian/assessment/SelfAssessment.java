package com.qinglian.assessment;

import com.qinglian.campaign.Campaign;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.RubricNode;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.TextInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A unit's self-assessment in one campaign, built from its stored header and answers. One nobody wrote
 * to yet is a draft of empty answers: reading it stores nothing. Its verb methods refuse what the rules do
 * not allow and record what happened as {@link SelfAssessmentEvent}s, which the caller stores.
 */
public final class SelfAssessment {

    /** Longest reason for returning items, in characters. */
    public static final int MAX_RETURN_REASON = 2000;

    private final Campaign campaign;
    private final String unitCode;
    private final List<PlacedItem> items;
    private final BigDecimal step;
    private final Map<String, ItemAnswer> stored;
    private final Set<String> withEvidence;
    private final Map<String, ItemAnswer> answers = new LinkedHashMap<>();
    private final List<SelfAssessmentEvent> events = new ArrayList<>();
    private AssessmentStatus status;

    /**
     * @param items the items the unit answers
     * @param step the rubric's scoring step
     * @param status the stored status, {@link AssessmentStatus#DRAFT} when nothing is stored
     * @param storedAnswers the stored answers (none for a self-assessment nobody wrote to)
     * @param withEvidence codes of the items that have evidence
     */
    public SelfAssessment(
            Campaign campaign,
            String unitCode,
            List<PlacedItem> items,
            BigDecimal step,
            AssessmentStatus status,
            List<ItemAnswer> storedAnswers,
            Set<String> withEvidence) {
        this.campaign = campaign;
        this.unitCode = unitCode;
        this.items = List.copyOf(items);
        this.step = step;
        this.status = status;
        this.stored = new LinkedHashMap<>();
        storedAnswers.forEach(a -> stored.put(a.itemCode(), a));
        this.answers.putAll(stored);
        this.withEvidence = Set.copyOf(withEvidence);
    }

    public AssessmentStatus status() {
        return status;
    }

    public List<PlacedItem> items() {
        return items;
    }

    /** The answer to an item; an empty draft where nothing was saved. */
    public ItemAnswer answer(String itemCode) {
        return answers.getOrDefault(itemCode, ItemAnswer.empty(itemCode));
    }

    /** The items the unit answers that have no stored row yet (never written to, or newly applicable). */
    public List<String> unstoredItems() {
        return items.stream()
                .map(e -> e.item().code())
                .filter(code -> !stored.containsKey(code))
                .toList();
    }

    /** Whether the unit may change this item now: its first round, or an item handed back to it. */
    public boolean isOpen(String itemCode) {
        boolean writing = campaign.acceptsAnswers() && status == AssessmentStatus.DRAFT;
        boolean returned = answer(itemCode).status() == ItemStatus.RETURNED && campaign.acceptsReturns();
        return writing || returned;
    }

    /** Whether the unit may hand in now: its first round, or the items returned to it. */
    public boolean canSubmit() {
        return campaign.acceptsAnswers() && status == AssessmentStatus.DRAFT
                || status == AssessmentStatus.RETURNED && campaign.acceptsReturns();
    }

    public boolean isComplete(String itemCode) {
        return answer(itemCode).isComplete(withEvidence.contains(itemCode));
    }

    /** Throws unless the unit may change this item now. */
    public void requireOpen(String itemCode) {
        item(itemCode);
        if (!isOpen(itemCode)) {
            throw new ConflictException("item " + itemCode + " is not open for changes");
        }
    }

    /**
     * The unit's answer to one item, made on {@code expectedVersion}.
     *
     * @throws ConflictException when the item is not open
     * @throws InputRejectedException when the score or texts are wrong
     * @throws ItemEditConflictException when someone saved the item since {@code expectedVersion}
     */
    public ItemAnswer answer(String itemCode, ItemDraft draft, int expectedVersion) {
        RubricNode item = item(itemCode);
        ItemAnswer before = answer(itemCode);
        requireOpen(itemCode);
        InputRejectedException.throwIfAny(problems(draft, item));
        if (before.version() != expectedVersion) {
            throw new ItemEditConflictException(before);
        }
        ItemAnswer after = new ItemAnswer(
                itemCode,
                draft.selfScore(),
                draft.explanation(),
                draft.noEvidenceReason(),
                before.status(),
                before.returnReason(),
                before.version(),
                null,
                null);
        answers.put(itemCode, after);
        events.add(new SelfAssessmentEvent.AnswerSaved(campaign.code(), unitCode, before, after));
        return after;
    }

    /**
     * Hands in the whole self-assessment, or after a return the returned items; every item concerned must
     * be complete.
     */
    public void submit() {
        if (!canSubmit()) {
            throw new ConflictException("self-assessment of " + unitCode + " cannot be submitted now");
        }
        boolean resubmit = status == AssessmentStatus.RETURNED;
        List<String> concerned = items.stream()
                .map(e -> e.item().code())
                .filter(code -> !resubmit || answer(code).status() == ItemStatus.RETURNED)
                .toList();
        InputRejectedException.throwIfAny(concerned.stream()
                .filter(code -> !isComplete(code))
                .map(code -> InputProblem.of(0, code, "assessment.error.incomplete", code))
                .toList());
        concerned.forEach(code -> answers.put(code, withStatus(answer(code), ItemStatus.SUBMITTED, null)));
        AssessmentStatus previous = status;
        status = AssessmentStatus.SUBMITTED;
        events.add(new SelfAssessmentEvent.Submitted(campaign.code(), unitCode, previous, concerned, resubmit));
    }

    /**
     * Hands items back to the unit with a reason.
     *
     * @param covered which items the returning user may return
     */
    public void returnItems(List<String> itemCodes, String reason, Predicate<String> covered) {
        if (!campaign.acceptsReturns() || status == AssessmentStatus.DRAFT) {
            throw new ConflictException("nothing to return for " + unitCode + " now");
        }
        List<InputProblem> problems = new ArrayList<>();
        String why = TextInput.tidy(reason);
        if (why == null) {
            problems.add(InputProblem.of(0, "reason", "assessment.error.returnReason"));
        }
        TextInput.problem(0, "reason", why, MAX_RETURN_REASON, TextInput.Shape.MULTI_LINE)
                .ifPresent(problems::add);
        if (itemCodes == null || itemCodes.isEmpty()) {
            problems.add(InputProblem.of(0, "items", "assessment.error.noItems"));
        } else {
            itemCodes.stream()
                    .filter(code -> !answers(code))
                    .forEach(code -> problems.add(InputProblem.of(0, "items", "assessment.error.unknownItem", code)));
            itemCodes.stream()
                    .filter(code -> answers(code) && !covered.test(code))
                    .forEach(code -> problems.add(InputProblem.of(0, "items", "assessment.error.notYourItem", code)));
        }
        InputRejectedException.throwIfAny(problems);
        itemCodes.forEach(code -> answers.put(code, withStatus(answer(code), ItemStatus.RETURNED, why)));
        status = AssessmentStatus.RETURNED;
        events.add(new SelfAssessmentEvent.ItemsReturned(campaign.code(), unitCode, itemCodes, why));
    }

    /** What happened since this was built, oldest first; taking them clears the list. */
    public List<SelfAssessmentEvent> takeEvents() {
        List<SelfAssessmentEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }

    private boolean answers(String itemCode) {
        return items.stream().anyMatch(e -> e.item().code().equals(itemCode));
    }

    private RubricNode item(String itemCode) {
        return items.stream()
                .map(PlacedItem::item)
                .filter(i -> i.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("item " + itemCode + " is not answered by this unit"));
    }

    private List<InputProblem> problems(ItemDraft draft, RubricNode item) {
        List<InputProblem> problems = new ArrayList<>();
        if (draft.selfScore() != null) {
            item.scoreRefusal(draft.selfScore(), step)
                    .ifPresent(refusal -> problems.add(InputProblem.of(
                            0, "selfScore", "assessment.error.score", refusal.plainPoints(), refusal.plainStep())));
        }
        if (TextInput.length(draft.explanation()) > ItemDraft.MAX_TEXT
                || TextInput.length(draft.noEvidenceReason()) > ItemDraft.MAX_TEXT) {
            problems.add(InputProblem.of(0, "explanation", "assessment.error.tooLong", ItemDraft.MAX_TEXT));
        }
        TextInput.problem(0, "explanation", draft.explanation(), ItemDraft.MAX_TEXT, TextInput.Shape.MULTI_LINE)
                .or(() -> TextInput.problem(
                        0,
                        "noEvidenceReason",
                        draft.noEvidenceReason(),
                        ItemDraft.MAX_TEXT,
                        TextInput.Shape.MULTI_LINE))
                .filter(p -> !p.key().equals("text.error.tooLong"))
                .ifPresent(problems::add);
        return problems;
    }

    private static ItemAnswer withStatus(ItemAnswer a, ItemStatus status, String returnReason) {
        return new ItemAnswer(
                a.itemCode(),
                a.selfScore(),
                a.explanation(),
                a.noEvidenceReason(),
                status,
                returnReason,
                a.version(),
                a.updatedAt(),
                a.updatedBy());
    }
}
