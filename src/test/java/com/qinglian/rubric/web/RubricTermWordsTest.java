package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.web.RubricTermWords.Line;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every construct of the rubric language reads as one line in Chinese and in English. */
class RubricTermWordsTest {

    private static final Rubric RUBRIC = EveryConstructRubric.rubric("every", "1");

    private static RubricTermsView view(Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return RubricTermsView.of(RUBRIC, new RubricTermWords(source, locale, RUBRIC));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void eachConstructReadsAsOneChineseLine() {
        RubricTermsView view = view(Locale.SIMPLIFIED_CHINESE);

        assertThat(texts(view.rubric()))
                .containsExactly(
                        "折算:适用部分满分低于100分的单位,得分×100÷适用部分满分,按0.01四舍五入,在负面清单与加分之前",
                        "事实:发生重大安全事故(是/否),一票否决:总分为0",
                        "事实:群众满意度(数值)");
        assertThat(texts(view.of("A1")))
                .containsExactly(
                        "未录入时按满分计",
                        "本项得分保持在1至14分之间",
                        "扣分条款:每迟报一次扣0.5分(每次0.5分,最多2分),从本项扣,扣完为止",
                        "加分条款:每获通报表扬一次加0.5分(每次0.5分),加入本项,不超过本项分值",
                        "扣分条款:造成不良影响的,扣3-6分(扣3-6分,由评价人在范围内确定),从本项扣,扣完为止",
                        "条件:群众满意度低于90时本项不得分");
        assertThat(texts(view.of("A2"))).containsExactly("条件:A1 信息报送得分低于2时本项最多得1分");
        assertThat(view.of("A")).singleElement().satisfies(l -> {
            assertThat(l.text()).isEqualTo("印刷分值30与下级合计25不符,按下级合计计分");
            assertThat(l.warning()).isTrue();
        });
        assertThat(texts(view.of("B"))).containsExactly("适用:标签 沿河单位");
        assertThat(texts(view.of("C"))).containsExactly("个性指标:各单位按本单位的指标块计分");
        assertThat(texts(view.of("C1"))).containsExactly("适用单位:U001、U002");
        assertThat(texts(view.of("C2"))).containsExactly("默认指标块:没有本单位指标块的单位按此计分");
        assertThat(texts(view.of("D1"))).containsExactly("完成率=实际完成数÷下达任务数×分值,按0.5向下取整;任务数为0时得满分");
        assertThat(texts(view.of("D2"))).containsExactly("按比例:实测值÷100×分值,按0.01四舍五入");
        assertThat(view.of("A1.1")).isEmpty();
        assertThat(view.rules())
                .containsEntry("HARM", "扣3-6分,由评价人在范围内确定")
                .containsEntry("FORM1", "street×1.5")
                .containsEntry("PRAISE", "国家级5分、省级3分、市级1分,按最高级别计");
        assertThat(view.branches()).extracting(n -> n.code()).containsExactly("A", "A1", "A2", "B", "C", "C1", "C2");
    }

    @Test
    void eachConstructReadsInEnglishToo() {
        RubricTermsView view = view(Locale.ENGLISH);

        assertThat(texts(view.of("A")))
                .containsExactly("Printed points 30 differ from the children's sum 25; scored as the children's sum");
        assertThat(texts(view.of("B"))).containsExactly("Applies to: tag 沿河单位");
        assertThat(texts(view.of("C1"))).containsExactly("Applies to units: U001, U002");
        assertThat(view.rules()).containsEntry("PRAISE", "国家级 5, 省级 3, 市级 1; the highest level counts");
        assertThat(texts(view.rubric()).get(1)).isEqualTo("Fact: 发生重大安全事故 (yes/no); veto: the total is 0");
    }

    @Test
    void aRubricWithoutNewTermsSaysNothingBeyondItsTable() {
        Rubric plain = com.qinglian.rubric.RubricFixtures.smallRubric();
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        RubricTermsView view = RubricTermsView.of(plain, new RubricTermWords(source, Locale.SIMPLIFIED_CHINESE, plain));
        assertThat(view.hasTerms()).isFalse();
        assertThat(view.nodes()).isEmpty();
        assertThat(view.rules()).isEmpty();
    }
}
