package com.qinglian.rubric;

import static com.qinglian.rubric.RubricFixtures.pts;
import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RubricYamlTest {

    private static final String MINIMAL = """
            format: qinglian-rubric/1
            code: demo
            version: "1"
            title: 示例
            total: 2
            nodes:
              - code: A
                level: group
                title: 共性
                points: 2
                children:
                  - code: A.1
                    level: item
                    number: 1
                    text: 甲;
                    points: 2
            """;

    private static Rubric read(String yaml) {
        return RubricYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problemsOf(ThrowingCallable call) {
        try {
            call.call();
        } catch (RubricInvalidException e) {
            return e.problems().stream().map(p -> p.location() + " " + p.key()).toList();
        } catch (Throwable t) {
            throw new AssertionError("expected RubricInvalidException", t);
        }
        throw new AssertionError("expected RubricInvalidException, nothing was thrown");
    }

    @Test
    void readsAMinimalRubric() {
        Rubric rubric = read(MINIMAL);
        assertThat(rubric.code()).isEqualTo("demo");
        assertThat(rubric.step()).isEqualByComparingTo("0.5");
        assertThat(rubric.items()).singleElement().satisfies(item -> {
            assertThat(item.number()).isEqualTo("1");
            assertThat(item.points()).isEqualByComparingTo("2");
        });
        assertThat(RubricValidator.validate(rubric)).isEmpty();
    }

    @Test
    void roundTripsEveryFeatureOfTheFormat() {
        Rubric small = smallRubric();
        RubricNode deduct = new RubricNode(
                "C1",
                NodeLevel.INDICATOR,
                null,
                "安全生产",
                null,
                pts("2"),
                "扣完为止",
                NodeMode.DEDUCT,
                pts("0.5"),
                Set.of("station"),
                null,
                List.of(new RubricNode(
                        "C1.1",
                        NodeLevel.ITEM,
                        "1",
                        null,
                        "发生事故",
                        pts("0"),
                        null,
                        null,
                        null,
                        null,
                        new ItemRule.Deduction(pts("1"), pts("2")),
                        null)));
        RubricNode rated = new RubricNode(
                "C2",
                NodeLevel.INDICATOR,
                null,
                "满意度",
                null,
                pts("3"),
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new RubricNode(
                                "C2.1",
                                NodeLevel.ITEM,
                                null,
                                null,
                                "群众满意度",
                                pts("1"),
                                null,
                                null,
                                null,
                                null,
                                new ItemRule.Tiered(List.of(
                                        new ItemRule.Tier(pts("90"), pts("0.5")),
                                        new ItemRule.Tier(pts("95"), pts("1")))),
                                null),
                        new RubricNode(
                                "C2.2",
                                NodeLevel.ITEM,
                                null,
                                null,
                                "办结率",
                                pts("1"),
                                null,
                                null,
                                null,
                                Set.of("agency"),
                                new ItemRule.Proportional(pts("100")),
                                null),
                        new RubricNode(
                                "C2.3",
                                NodeLevel.ITEM,
                                null,
                                null,
                                "网办率",
                                pts("1"),
                                null,
                                null,
                                null,
                                null,
                                new ItemRule.Threshold(pts("90")),
                                null)));
        RubricNode c = RubricNode.branch("C", NodeLevel.GROUP, "加分组", pts("5"), List.of(deduct, rated));
        Rubric rubric = new Rubric(
                "full",
                "2",
                "全要素",
                new RubricMetadata("工委", java.time.LocalDate.of(2021, 8, 30), "zh-CN", "网页", "©"),
                pts("15"),
                pts("0.5"),
                pts("0"),
                "说明:\n第二行",
                List.of(small.nodes().get(0), small.nodes().get(1), c),
                small.negativeList(),
                new RuleSet(List.of(new CaseRule("B-1", "表彰", "获市级表彰", null, pts("1"), pts("2"))), pts("3")));
        assertThat(RubricValidator.validate(rubric)).isEmpty();

        String yaml = RubricYaml.write(rubric);
        Rubric back = RubricYaml.read(yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(back).isEqualTo(rubric);
        assertThat(RubricYaml.write(back)).isEqualTo(yaml);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(problemsOf(() -> RubricYaml.read(new byte[0]))).containsExactly(" rubric.error.emptyFile");
    }

    @Test
    void refusesSomethingThatIsNotAMapping() {
        assertThat(problemsOf(() -> read("- just\n- a list\n"))).containsExactly(" rubric.error.notARubric");
    }

    @Test
    void reportsSyntaxErrors() {
        assertThat(problemsOf(() -> read("code: [unclosed\n")))
                .containsExactly("第 2 行第 1 列,键“code” rubric.error.yamlSyntax");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThat(problemsOf(() -> read(MINIMAL + "code: again\n")))
                .containsExactly("第 17 行第 1 列,键“code” yaml.error.duplicateKey");
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append("]\n");
        }
        assertThat(problemsOf(() -> read(bomb.toString()))).containsExactly("第 8 行第 20 列,键“h” yaml.error.tooLarge");
    }

    @Test
    void refusesObjectTags() {
        assertThat(problemsOf(() -> read("code: !!javax.script.ScriptEngineManager [x]\n")))
                .containsExactly("第 1 行第 7 列 rubric.error.yamlSyntax");
    }

    @Test
    void readsLeadingZerosAsDecimalNotOctal() {
        Rubric rubric = read(MINIMAL.replace("total: 2", "total: 010")
                .replace("points: 2\n    children", "points: 010\n    children"));
        assertThat(rubric.total()).isEqualByComparingTo("10");
    }

    @Test
    void namesTheNodeAndFieldOfWrongTypes() {
        String yaml = MINIMAL.replace("points: 2\n", "points: 两分\n").replace("level: item", "level: leaf");
        assertThat(problemsOf(() -> read(yaml)))
                .containsExactlyInAnyOrder(
                        "A / points rubric.error.notANumber",
                        "A.1 / points rubric.error.notANumber",
                        "A.1 / level rubric.error.badChoice");
    }

    @Test
    void reportsMissingAndUnknownFields() {
        String yaml = MINIMAL.replace("code: demo\n", "")
                .replace("title: 共性\n", "titel: 共性\n")
                .replace("format: qinglian-rubric/1", "format: other/9");
        assertThat(problemsOf(() -> read(yaml)))
                .containsExactlyInAnyOrder(
                        "format rubric.error.badFormat",
                        "code rubric.error.missing",
                        "A / titel rubric.error.unknownField");
    }

    @Test
    void refusesFilesOverTheSizeCap() {
        byte[] big = new byte[RubricYaml.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(problemsOf(() -> RubricYaml.read(big))).containsExactly(" rubric.error.fileTooLarge");
    }

    @Test
    void validationMessagesHaveBothLanguages() {
        assertThatThrownBy(() -> read("code: [\n")).isInstanceOfSatisfying(RubricInvalidException.class, e -> {
            RubricProblem problem = e.problems().get(0);
            assertThat(problem.message(java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("YAML 格式错误");
            assertThat(problem.message(java.util.Locale.ENGLISH)).startsWith("YAML syntax error");
        });
    }
}
