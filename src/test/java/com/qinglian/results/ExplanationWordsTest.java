package com.qinglian.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every phrase the engine writes into a detail reads in Chinese, and in English as the engine wrote it. */
class ExplanationWordsTest {

    /** The Latin words of the engine's phrases; none of them may remain in the Chinese words. */
    private static final Set<String> ENGLISH = Set.of(
            "gate", "at", "most", "missing", "target", "default", "full", "marks", "dated", "outside", "the", "period",
            "count", "is", "capped", "printed", "total", "floor", "rule", "cap", "overall", "below", "every", "tier",
            "fixed", "already", "given", "a", "higher", "level", "counts", "instead", "chosen", "in", "highest",
            "rounded", "halfUp", "up", "down", "to", "no", "agency");

    /** What the engine's details must contain between them, so that every phrase is read here. */
    private static final List<String> PHRASES = List.of(
            "gate: A = ",
            "gate: SAT = 85 (问卷) < 90, at most 3",
            "gate: SAT = 85 (问卷) ≥ 80, at most 2",
            " ≥ ",
            " < ",
            "default full marks",
            "dated outside the period",
            "count is 0",
            "capped at the printed total 20",
            "floor 2",
            "floor 0",
            "rule cap 4",
            "overall cap 9",
            "1 below every tier",
            "fixed × 1.5 (agency)",
            "fixed, already given",
            "a higher level counts instead",
            "3 × 0.5 capped at 1",
            "(chosen in 3–6)",
            ", highest level counts",
            ", rounded halfUp to 0.01",
            ", rounded up to 0.5",
            ", rounded down to 0.01",
            ", target 0: full marks",
            ", target 0: no marks",
            " / ",
            "capped at 5",
            "2025-03-01, 纪发〔2025〕3号");

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final Pattern KEPT = Pattern.compile("\\d+(?:\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}|\\S*〔\\d+〕\\S*号");

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static final ExplanationWords CHINESE =
            ExplanationWords.of(messages(), Locale.SIMPLIFIED_CHINESE, ExplanationRubrics.tree());
    private static final ExplanationWords ENGLISH_WORDS = new ExplanationWords(messages(), Locale.ENGLISH, null);

    private static List<String> engineDetails() {
        List<String> out = new ArrayList<>(ExplanationRubrics.treeDetails());
        out.addAll(ExplanationRubrics.caseDetails());
        return out;
    }

    @Test
    void theEngineWritesEveryPhraseForTheseRubrics() {
        String all = String.join("\n", engineDetails());

        assertThat(PHRASES).allSatisfy(phrase -> assertThat(all).contains(phrase));
        assertThat(engineDetails()).contains("missing");
    }

    @Test
    void chineseWordsKeepNoEnglishPhraseButEveryNumberDateAndDocumentNumber() {
        for (String detail : engineDetails()) {
            String words = CHINESE.words(detail);
            List<String> latin = LATIN.matcher(words)
                    .results()
                    .map(java.util.regex.MatchResult::group)
                    .toList();
            assertThat(latin).as(detail + " → " + words).doesNotContainAnyElementsOf(ENGLISH);
            KEPT.matcher(detail)
                    .results()
                    .map(java.util.regex.MatchResult::group)
                    .forEach(
                            kept -> assertThat(words).as(detail + " → " + words).contains(kept));
        }
    }

    @Test
    void chineseWordsOfTypicalDetails() {
        assertThat(CHINESE.words("3 × 0.5 capped at 1")).isEqualTo("3 × 0.5,封顶 1");
        assertThat(CHINESE.words("45 / 50 × 3, rounded halfUp to 0.01")).isEqualTo("45 ÷ 50 × 3,按 0.01 四舍五入");
        assertThat(CHINESE.words("1 / 0 × 1, target 0: full marks")).isEqualTo("1 ÷ 0 × 1,任务数为 0:得满分");
        assertThat(CHINESE.words("gate: SAT = 85 (问卷) < 90, at most 3")).isEqualTo("条件:群众满意度 = 85(问卷) < 90,最多 3");
        assertThat(CHINESE.words("gate: A = 7.5 < 100, at most 4")).isEqualTo("条件:指标 A = 7.5 < 100,最多 4");
        assertThat(CHINESE.words("1 × 1 × 2 × 1.5 (agency), 2025-03-01, 纪发〔2025〕3号"))
                .isEqualTo("1 × 1 × 2 × 1.5(机关), 2025-03-01, 纪发〔2025〕3号");
        assertThat(CHINESE.words("1 × 4 (chosen in 3–6)")).isEqualTo("1 × 4(在 3–6 内确定)");
        assertThat(CHINESE.words("3 (省级), highest level counts")).isEqualTo("3 (省级),按最高级别计");
        assertThat(CHINESE.words("fixed, already given, 2025-03-01")).isEqualTo("一次性,已计, 2025-03-01");
        // the engine refuses a rate input without its target, so this phrase is not reached by scoring
        assertThat(CHINESE.words("missing target")).isEqualTo("缺下达任务数");
        assertThat(CHINESE.words("default full marks")).isEqualTo("未录入,按满分计");
        assertThat(CHINESE.words("capped at the printed total 40")).isEqualTo("以印刷总分 40 为上限");
    }

    @Test
    void aTypeWithoutLabelAndAGateWithoutTitleKeepTheEngineCodes() {
        assertThat(CHINESE.words("1 × 1 × 1.5 (street)")).isEqualTo("1 × 1 × 1.5(street)");
        assertThat(CHINESE.words("gate: NOPE = 1, at most 0")).isEqualTo("条件:NOPE = 1,最多 0");
    }

    @Test
    void unknownTextPassesThroughUnchanged() {
        assertThat(CHINESE.words("重大事故一票否决")).isEqualTo("重大事故一票否决");
        assertThat(CHINESE.words("something the engine says later 3")).isEqualTo("something the engine says later 3");
        assertThat(CHINESE.words(null)).isNull();
        // a phrase only counts where the engine writes it: "missing" inside other words is not "未录入"
        assertThat(CHINESE.words("missing pieces")).isEqualTo("missing pieces");
    }

    @Test
    void englishWordsAreTheEnginesTextWithTheTypeLabel() {
        for (String detail : engineDetails()) {
            assertThat(ENGLISH_WORDS.words(detail)).isEqualTo(detail.replace("(agency)", "(Agency)"));
        }
    }
}
