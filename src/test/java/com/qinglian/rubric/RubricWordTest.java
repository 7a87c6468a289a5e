package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Word importer on tables made with POI: merged cells down and across, columns in any order, and refusals. */
class RubricWordTest {

    @Test
    void readsTheFirstRubricTableWithMergedCellsAndTheNegativeListAfterIt() {
        ImportedDraft draft = RubricWord.read(RubricWordFixtures.rubricDocx());
        Rubric r = draft.rubric();
        assertThat(draft.origin()).isEqualTo(RubricOrigin.WORD);
        assertThat(r.title()).isEqualTo("某区清廉机关建设评价表");
        assertThat(r.allNodes()
                        .map(n -> n.code() + " " + n.level() + " " + n.points().toPlainString() + " " + n.label()))
                .containsExactly(
                        "A GROUP 60 共性指标",
                        "A1 DIMENSION 30 政治清明",
                        "A1.1 INDICATOR 10 严明纪律",
                        "A1.1.1 ITEM 4 1.开展纪律教育;",
                        "A1.1.2 ITEM 6 2.每季度检查1次。",
                        "A1.2 INDICATOR 20 压实责任",
                        "A1.2.1 ITEM 20 1.签订责任书;",
                        "A2 DIMENSION 30 作风建设",
                        "A2.1 INDICATOR 30 纠治四风",
                        "A2.1.1 ITEM 30 1.执行八项规定;",
                        "B GROUP 40 个性指标",
                        "B1 INDICATOR 40 特色亮点",
                        "B1.1 ITEM 20 1.形成品牌;",
                        "B1.2 ITEM 20 2.经验被推广。");
        assertThat(r.node("A1.1.2").orElseThrow().notes()).isEqualTo("以检查记录为准");
        assertThat(r.negativeList().rules()).singleElement().satisfies(rule -> {
            assertThat(rule.category()).isEqualTo("违纪违法");
            assertThat(rule.perCase()).isEqualByComparingTo(BigDecimal.valueOf(2));
        });
        assertThat(draft.doubts()).isEmpty();
        assertThat(RubricValidator.validate(r)).isEmpty();
        LineRange item = draft.sources().get("A1.1.2");
        assertThat(draft.sourceLines().get(item.from() - 1)).isEqualTo("2.每季度检查1次。(6分)");
    }

    @Test
    void aTypoAndADeductionWithoutUnitAreListedAsDoubtsAndTheDraftIsValidOtherwise() {
        ImportedDraft draft = RubricWord.read(RubricWordFixtures.rubricWithDoubtsDocx());
        assertThat(draft.doubts())
                .extracting(d -> d.kind() + " " + d.node() + " " + d.args())
                .containsExactly("TYPO A1.1 [截止到, 截至]", "DEDUCTION_WITHOUT_UNIT NEG1 [(-2分)]");
        assertThat(draft.rubric().total()).isEqualByComparingTo("20");
        assertThat(RubricValidator.validate(draft.rubric())).isEmpty();
    }

    @Test
    void aTableWithoutPointsIsRefused() {
        assertRefused(RubricWordFixtures.rubricWithoutPoints(), "rubric.error.text.noPoints");
    }

    @Test
    void macrosOldFilesZipBombsAndOtherFilesAreRefused() {
        byte[] docx = RubricWordFixtures.rubricDocx();
        assertRefused(RubricWordFixtures.asDocm(docx), "rubric.error.word.macros");
        assertRefused(RubricWordFixtures.asZipBomb(docx), "rubric.error.word.zipBomb");
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 512);
        assertRefused(ole2, "rubric.error.word.oldDoc");
        assertRefused("not a zip".getBytes(), "rubric.error.word.corrupt");
        assertRefused(new byte[RubricWord.MAX_BYTES + 1], "rubric.error.fileTooLarge");
    }

    private static void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> RubricWord.read(file))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly(key));
    }
}
