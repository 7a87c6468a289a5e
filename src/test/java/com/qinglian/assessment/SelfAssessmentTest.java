package com.qinglian.assessment;

import static com.qinglian.campaign.CampaignFixtures.campaignIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.campaign.CampaignStatus;
import com.qinglian.rubric.RubricFixtures;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The self-assessment aggregate alone: what it refuses, and the events it records. */
class SelfAssessmentTest {

    private static final List<String> ITEMS = List.of("A1.1.1", "A1.1.2", "B1.1", "B1.2");

    private static SelfAssessment draftIn(CampaignStatus campaign) {
        return new SelfAssessment(
                campaignIn(campaign),
                "A01",
                RubricFixtures.smallRubric().placedItems(),
                new BigDecimal("0.5"),
                AssessmentStatus.DRAFT,
                List.of(),
                Set.of());
    }

    private static ItemDraft complete() {
        return new ItemDraft(BigDecimal.ONE, "已落实", "制度已公开");
    }

    @Test
    void aDraftNobodyWroteToHasEmptyAnswersAndNoStoredRows() {
        SelfAssessment assessment = draftIn(CampaignStatus.SELF_ASSESSMENT);
        assertThat(assessment.answer("A1.1.1").version()).isZero();
        assertThat(assessment.unstoredItems()).containsExactlyElementsOf(ITEMS);
        assertThat(assessment.takeEvents()).isEmpty();
    }

    @Test
    void anAnswerIsRecordedAsAnEvent() {
        SelfAssessment assessment = draftIn(CampaignStatus.SELF_ASSESSMENT);
        assessment.answer("A1.1.1", complete(), 0);
        assertThat(assessment.takeEvents())
                .singleElement()
                .isInstanceOfSatisfying(SelfAssessmentEvent.AnswerSaved.class, e -> {
                    assertThat(e.before().selfScore()).isNull();
                    assertThat(e.after().explanation()).isEqualTo("已落实");
                });
        assertThat(assessment.takeEvents()).as("taken once").isEmpty();
    }

    @Test
    void answersAreRefusedOutsideSelfAssessmentAndOffTheRubric() {
        for (CampaignStatus closed : List.of(CampaignStatus.DRAFT, CampaignStatus.REVIEW, CampaignStatus.FINALIZED)) {
            assertThatThrownBy(() -> draftIn(closed).answer("A1.1.1", complete(), 0))
                    .as(closed.name())
                    .isInstanceOf(ConflictException.class);
        }
        assertThatThrownBy(() -> draftIn(CampaignStatus.SELF_ASSESSMENT)
                        .answer("A1.1.1", new ItemDraft(new BigDecimal("2.5"), "多了", null), 0))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("assessment.error.score"));
        assertThatThrownBy(() -> draftIn(CampaignStatus.SELF_ASSESSMENT).answer("A1.1.1", complete(), 3))
                .isInstanceOf(ItemEditConflictException.class);
    }

    @Test
    void submittingNeedsEveryItemCompleteThenReturnsReopenOnlyTheReturnedItems() {
        SelfAssessment assessment = draftIn(CampaignStatus.SELF_ASSESSMENT);
        assessment.answer("A1.1.1", complete(), 0);
        assertThatThrownBy(assessment::submit)
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::column)
                                .containsExactly("A1.1.2", "B1.1", "B1.2"));
        ITEMS.stream().skip(1).forEach(code -> assessment.answer(code, complete(), 0));
        assessment.takeEvents();

        assessment.submit();
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(assessment.isOpen("A1.1.1")).isFalse();
        assertThat(assessment.canSubmit()).isFalse();

        assertThatThrownBy(() -> assessment.returnItems(List.of("B1.1"), "请补充", code -> false))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("assessment.error.notYourItem"));
        assessment.returnItems(List.of("B1.1"), "  请补充材料 ", code -> true);

        assertThat(assessment.isOpen("B1.1")).isTrue();
        assertThat(assessment.isOpen("A1.1.1")).isFalse();
        assertThat(assessment.canSubmit()).isTrue();
        assertThat(assessment.takeEvents())
                .extracting(Object::getClass)
                .containsExactly(SelfAssessmentEvent.Submitted.class, SelfAssessmentEvent.ItemsReturned.class);
        assessment.submit();
        assertThat(assessment.takeEvents())
                .singleElement()
                .isInstanceOfSatisfying(SelfAssessmentEvent.Submitted.class, e -> {
                    assertThat(e.resubmission()).isTrue();
                    assertThat(e.itemCodes()).containsExactly("B1.1");
                });
    }

    @Test
    void nothingIsReturnedFromADraft() {
        assertThatThrownBy(() -> draftIn(CampaignStatus.SELF_ASSESSMENT).returnItems(List.of("B1.1"), "理由", c -> true))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnReasonHasALimitInCharactersAndNoControlCharacters() {
        SelfAssessment assessment = draftIn(CampaignStatus.SELF_ASSESSMENT);
        ITEMS.forEach(code -> assessment.answer(code, complete(), 0));
        assessment.submit();

        for (String reason : List.of("补".repeat(SelfAssessment.MAX_RETURN_REASON + 1), "请补充\u0000材料")) {
            assertThatThrownBy(() -> assessment.returnItems(List.of("B1.1"), reason, code -> true))
                    .isInstanceOfSatisfying(
                            InputRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InputProblem::key)
                                    .containsExactly(
                                            reason.length() > 100 ? "text.error.tooLong" : "text.error.control"));
        }
        assertThat(assessment.isOpen("B1.1")).isFalse();
        // 2,000 characters beyond the basic plane are 4,000 UTF-16 units: still within the limit
        assessment.returnItems(List.of("B1.1"), "𠀀".repeat(SelfAssessment.MAX_RETURN_REASON), code -> true);
        assertThat(assessment.isOpen("B1.1")).isTrue();
    }

    @Test
    void aNulInAnExplanationIsRefused() {
        SelfAssessment assessment = draftIn(CampaignStatus.SELF_ASSESSMENT);

        assertThatThrownBy(() -> assessment.answer("A1.1.1", new ItemDraft(null, "说明\u0000", null), 0))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("text.error.control"));
    }
}
