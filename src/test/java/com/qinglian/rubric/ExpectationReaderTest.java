package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectationReaderTest {

    @Test
    void theBuiltInRubricYieldsExactlyTheFiveItemsThatStateAFrequencyOrARate() {
        Rubric rubric = BuiltInRubrics.ouhai2021();
        assertThat(rubric.items()).hasSize(67);

        Map<String, String> found = ExpectationReader.propose(rubric).stream()
                .collect(Collectors.toMap(
                        EvidenceExpectation::itemCode,
                        ExpectationReaderTest::describe,
                        (a, b) -> a,
                        LinkedHashMap::new));

        assertThat(found)
                .containsExactly(
                        Map.entry("A1.1.1", "COUNT 1 per QUARTER from 每季度不少于1次"),
                        Map.entry("A1.3.3", "RATE 100 from 全覆盖"),
                        Map.entry("A1.4.2", "COUNT 1 per HALF_YEAR from 每半年至少召开1次"),
                        Map.entry("A2.3.3", "RATE 95 from 不低于95%"),
                        Map.entry("B7.1", "RATE 90 from 90%以上"));
    }

    @Test
    void everyProposalQuotesWordsOfItsItemAndIsUnconfirmed() {
        Rubric rubric = BuiltInRubrics.ouhai2021();
        Map<String, String> texts =
                rubric.items().stream().collect(Collectors.toMap(RubricNode::code, RubricNode::text));
        for (EvidenceExpectation e : ExpectationReader.propose(rubric)) {
            assertThat(texts.get(e.itemCode())).contains(e.phrase());
            assertThat(e.confirmed()).isFalse();
            assertThat(e.checkable()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "每年开展1次廉政谈话                      | COUNT 1 per YEAR from 每年开展1次",
                "每年度召开2次专题会议                    | COUNT 2 per YEAR from 每年度召开2次",
                "全年不少于4次                            | COUNT 4 per YEAR from 全年不少于4次",
                "每月至少组织一次学习                     | COUNT 1 per MONTH from 每月至少组织一次",
                "每个月开展两次检查                       | COUNT 2 per MONTH from 每个月开展两次",
                "每季度召开一次党风廉政建设分析会          | COUNT 1 per QUARTER from 每季度召开一次",
                "每季开展十二次                           | COUNT 12 per QUARTER from 每季开展十二次",
                "每半年不少于两次,做到全覆盖               | COUNT 2 per HALF_YEAR from 每半年不少于两次",
                "培训覆盖率达到100%                       | RATE 100 from 达到100%",
                "满意率不低于 97.5%                       | RATE 97.5 from 不低于 97.5%",
            })
    void readsFrequenciesAndRatesInTheWaysDistrictsWriteThem(String text, String expected) {
        assertThat(ExpectationReader.read("X", text.strip()).map(ExpectationReaderTest::describe))
                .contains(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "定期排查岗位风险点,落实防控措施",
                "每年谈心谈话,及时开展分析",
                "全面实施“三服务”2.0版",
                "严格落实持续减负40条",
                "近两年未发生领导班子成员违纪违法行为",
                "每季度,召开会议1次",
                "比例为0%",
                "完成率150%",
                "开展“三会一课”",
            })
    void inventsNothingFromTextsThatStateNoFrequencyOrRate(String text) {
        assertThat(ExpectationReader.read("X", text.strip())).isEmpty();
    }

    @Test
    void chineseNumerals() {
        assertThat(List.of("一", "两", "二", "九", "十", "十二", "二十", "九十九"))
                .extracting(ExpectationReader::number)
                .containsExactly(1, 2, 2, 9, 10, 12, 20, 99);
    }

    @Test
    void noTextNoProposal() {
        assertThat(ExpectationReader.read("X", null)).isEmpty();
        assertThat(ExpectationReader.read("X", "  ")).isEmpty();
    }

    private static String describe(EvidenceExpectation e) {
        return e.kind() == ExpectationKind.COUNT
                ? "COUNT " + e.perPeriod() + " per " + e.period() + " from " + e.phrase()
                : "RATE " + plain(e.ratePercent()) + " from " + e.phrase();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
