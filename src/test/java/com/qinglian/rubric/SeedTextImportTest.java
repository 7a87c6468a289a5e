package com.qinglian.rubric;

import static com.qinglian.rubric.RubricDoubt.Kind.BROKEN_MARK;
import static com.qinglian.rubric.RubricDoubt.Kind.DEDUCTION_WITHOUT_UNIT;
import static com.qinglian.rubric.RubricDoubt.Kind.NUMBER_FOLLOWED_BY_DIGIT;
import static com.qinglian.rubric.RubricDoubt.Kind.POINTS_ON_OWN_LINE;
import static com.qinglian.rubric.RubricDoubt.Kind.REPEATED_COPY;
import static com.qinglian.rubric.RubricDoubt.Kind.TYPO;
import static com.qinglian.rubric.RubricDoubt.Kind.UNNUMBERED_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof of the text importer: the published page of the seed rubric, copied as text, reads back as the built-in
 * rubric once the doubts the importer lists are settled the way the built-in rubric's notes record them.
 *
 * <p>What is compared: title, total, and every node's code, level, number, title, text (word for word), points,
 * mode and children; the negative list's categories, titles and points. What is not: node notes and the rubric's
 * code, version and notes (the organiser writes them; the text has none), and rule codes (the text names none).
 */
class SeedTextImportTest {

    private static ImportedDraft draft;

    /** One settlement per listed doubt: the doubt it settles, how, and the built-in note that says so. */
    private record Resolution(
            RubricDoubt.Kind kind, String node, int firstLine, UnaryOperator<Rubric> edit, String why) {

        static Resolution keep(RubricDoubt.Kind kind, String node, int firstLine, String why) {
            return new Resolution(kind, node, firstLine, UnaryOperator.identity(), why);
        }
    }

    private static final List<Resolution> RESOLUTIONS = List.of(
            Resolution.keep(POINTS_ON_OWN_LINE, "A4.3.4", 273, "A4.3.4 notes: (1分) on its own line is layout"),
            Resolution.keep(BROKEN_MARK, "A", 280, "A5 notes: 共性评价指标(65 and ) repeat the group, not a node"),
            Resolution.keep(POINTS_ON_OWN_LINE, "A5.1.1", 293, "A5.1.1 notes: (4分) merged into the item"),
            Resolution.keep(TYPO, "A5.1.1", 293, "A5.1.1 notes: 途经 should be 途径, kept as printed"),
            Resolution.keep(POINTS_ON_OWN_LINE, "A5.1.2", 296, "A5.1.2 notes: (2分) merged into the item"),
            Resolution.keep(TYPO, "A5.1.2", 296, "A5.1.2 notes: 途经 should be 途径, kept as printed"),
            Resolution.keep(UNNUMBERED_ITEM, "A3.2.1", 208, "A3.2 notes: one unnumbered requirement is one item"),
            Resolution.keep(UNNUMBERED_ITEM, "A3.4.1", 227, "A3.4 notes: one unnumbered requirement is one item"),
            Resolution.keep(UNNUMBERED_ITEM, "B4.1", 359, "B4 notes: one unnumbered requirement is one item"),
            Resolution.keep(NUMBER_FOLLOWED_BY_DIGIT, "B7.1", 388, "B7.1 notes: in 1.90%以上 the 1. is the number"),
            new Resolution(
                    DEDUCTION_WITHOUT_UNIT,
                    "NEG5",
                    415,
                    r -> RubricDraftEdits.editRule(r, "NEG5", new BigDecimal("3"), null, new BigDecimal("3")),
                    "rubric notes 7: (-3) is 3 per case, at most 3 (once a year)"),
            Resolution.keep(REPEATED_COPY, "", 419, "domain notes: the page text appears twice, the copies identical"));

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SeedTextImportTest.class.getClassLoader().getResourceAsStream("seed/ouhai-2021.txt")) {
            draft = RubricText.read(in.readAllBytes());
        }
    }

    @Test
    void listsExactlyTheDoubtsTheBuiltInNotesSettle() {
        assertThat(draft.doubts())
                .extracting(d -> d.kind() + " " + d.node() + " @" + d.lines().from())
                .containsExactlyInAnyOrderElementsOf(RESOLUTIONS.stream()
                        .map(r -> r.kind() + " " + r.node() + " @" + r.firstLine())
                        .toList());
        assertThat(draft.doubts()).noneMatch(RubricDoubt::isSettled);
        assertThat(draft.origin()).isEqualTo(RubricOrigin.TEXT);
    }

    @Test
    void settledDraftIsTheBuiltInRubric() {
        Rubric settled = draft.rubric();
        for (Resolution resolution : RESOLUTIONS) {
            settled = resolution.edit().apply(settled);
        }
        Rubric builtIn = BuiltInRubrics.ouhai2021();
        assertThat(settled.items()).hasSize(67);
        assertThat(settled.title()).isEqualTo(builtIn.title());
        assertThat(settled.total()).isEqualByComparingTo(builtIn.total());
        assertThat(settled.metadata().publisher()).isEqualTo(builtIn.metadata().publisher());
        assertThat(settled.metadata().publishedOn())
                .isEqualTo(builtIn.metadata().publishedOn());
        assertThat(withoutNotes(settled.nodes())).isEqualTo(withoutNotes(builtIn.nodes()));
        assertThat(withoutCodes(settled.negativeList().rules()))
                .isEqualTo(withoutCodes(builtIn.negativeList().rules()));
        assertThat(settled.bonus().rules()).isEmpty();
        Rubric named = RubricDraftEdits.rename(settled, builtIn.code(), builtIn.version(), settled.title());
        assertThat(RubricValidator.validate(named)).isEmpty();
    }

    @Test
    void withoutTheSettlementTheDraftDiffers() {
        Rubric builtIn = BuiltInRubrics.ouhai2021();
        assertThat(withoutCodes(draft.rubric().negativeList().rules()))
                .isNotEqualTo(withoutCodes(builtIn.negativeList().rules()));
    }

    @Test
    void everyNodeKnowsItsSourceLines() {
        assertThat(draft.rubric().allNodes())
                .allSatisfy(n -> assertThat(draft.sources()).containsKey(n.code()));
        assertThat(draft.sources().get("A1.1")).isEqualTo(new LineRange(65, 79));
        assertThat(draft.sources().get("A4.3.4")).isEqualTo(new LineRange(273, 275));
        assertThat(draft.sources().get("NEG5")).isEqualTo(new LineRange(415, 415));
        LineRange item = draft.sources().get("A1.1.1");
        assertThat(draft.sourceLines().get(item.from() - 1)).startsWith("1.严格执行《中国共产党纪律处分条例》");
    }

    private static List<RubricNode> withoutNotes(List<RubricNode> nodes) {
        return nodes.stream()
                .map(n -> n.withNotes(null).withChildren(withoutNotes(n.children())))
                .toList();
    }

    private static List<CaseRule> withoutCodes(List<CaseRule> rules) {
        return rules.stream()
                .map(r -> new CaseRule(null, r.category(), r.title(), r.perCase(), r.fixed(), r.cap()))
                .toList();
    }
}
