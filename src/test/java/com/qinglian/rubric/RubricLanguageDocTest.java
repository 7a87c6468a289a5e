package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rubric language's examples in docs/rubric-format.md: each fenced fragment ({@code ```yaml rubric}, {@code node},
 * {@code rule}, {@code item}) is put in its place in a small rubric and read, and the model holds the numbers and
 * words the document shows; the language's complete example is valid.
 */
class RubricLanguageDocTest {

    private static final String TEMPLATE = """
            format: qinglian-rubric/1
            code: doc
            version: "1"
            title: 文档示例
            total: 10
            %s
            nodes:
              - code: A
                level: group
                title: 甲
                points: 10
            %s
                children:
                  - code: A.1
                    level: item
                    text: 乙
                    points: 10
            %s
            negativeList:
              rules:
            %s
            """;

    private record Fragment(String kind, String yaml) {}

    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/rubric-format.md"), StandardCharsets.UTF_8);
    }

    private static List<Fragment> fragments() throws IOException {
        Matcher m = Pattern.compile("```yaml (rubric|node|rule|item)\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc());
        List<Fragment> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Fragment(m.group(1), m.group(2)));
        }
        return out;
    }

    private static List<Fragment> of(String kind) throws IOException {
        return fragments().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The fragment in its place; the rule list holds a placeholder rule when the fragment is not a rule. */
    private static Rubric placed(Fragment f) {
        String placeholder = "- {code: X, title: 占位, perCase: 1}";
        String yaml = TEMPLATE.formatted(
                f.kind().equals("rubric") ? f.yaml().strip() : "",
                f.kind().equals("node") ? indent(f.yaml(), 4) : "",
                f.kind().equals("item") ? indent(f.yaml(), 8) : "",
                indent(f.kind().equals("rule") ? f.yaml() : placeholder, 4));
        return RubricYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String indent(String text, int spaces) {
        return text.strip()
                .lines()
                .map(l -> " ".repeat(spaces) + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    @Test
    void theDocumentShowsEveryKindOfFragment() throws IOException {
        assertThat(fragments())
                .extracting(Fragment::kind)
                .containsExactly("rubric", "node", "node", "node", "node", "node", "rule", "item", "item");
    }

    @Test
    void theRubricLevelExampleReadsAsShown() throws IOException {
        RubricTerms terms = placed(of("rubric").get(0)).terms();
        assertThat(terms.defaultFullMarks()).isTrue();
        assertThat(terms.printedTotals()).isEqualTo(PrintedTotal.SUM);
        assertThat(terms.rescale().rounding())
                .isEqualTo(new Rounding(new java.math.BigDecimal("0.01"), RoundingMode.HALF_UP));
        assertThat(terms.rescale().afterCases()).isFalse();
        assertThat(terms.facts())
                .extracting(FactRule::code)
                .containsExactly("MAJOR_ACCIDENT", "SATISFACTION", "LATE_REPORT");
        assertThat(terms.fact("SATISFACTION").orElseThrow().kind()).isEqualTo(FactRule.Kind.NUMBER);
        assertThat(terms.fact("SATISFACTION").orElseThrow().unit()).isEqualTo("%");
        assertThat(terms.fact("MAJOR_ACCIDENT").orElseThrow().veto().effect()).isEqualTo(FactRule.Effect.ZERO_TOTAL);
        assertThat(terms.fact("LATE_REPORT").orElseThrow().veto())
                .isEqualTo(new FactRule.Veto(FactRule.Effect.SET_GRADE, "不合格"));
    }

    @Test
    void theNodeExamplesReadAsShown() throws IOException {
        List<Fragment> nodes = of("node");
        RubricNode applicability = placed(nodes.get(0)).node("A").orElseThrow();
        assertThat(applicability.appliesTo()).containsExactly("station");
        assertThat(applicability.terms().appliesToTags()).containsExactly("river");
        assertThat(applicability.terms().appliesToUnits()).containsExactlyInAnyOrder("U001", "U002");

        assertThat(placed(nodes.get(1)).node("A").orElseThrow().mode()).isEqualTo(NodeMode.VARIANT);

        NodeTerms choices = placed(nodes.get(2)).node("A").orElseThrow().terms();
        assertThat(choices.defaultFullMarks()).isFalse();
        assertThat(choices.printedTotal()).isEqualTo(PrintedTotal.CAP);

        RubricNode clauses = placed(nodes.get(3)).node("A").orElseThrow();
        assertThat(clauses.terms().clamp())
                .isEqualTo(new Clamp(new java.math.BigDecimal("0"), new java.math.BigDecimal("3")));
        assertThat(clauses.floor()).isEqualByComparingTo("1");
        List<NodeClause> list = clauses.terms().clauses();
        assertThat(list).extracting(c -> c.rule().code()).containsExactly("A1-LATE", "A1-PRAISE", "A1-HARM");
        assertThat(list.get(0).rule().perCase()).isEqualByComparingTo("0.5");
        assertThat(list.get(0).rule().cap()).isEqualByComparingTo("2");
        assertThat(list.get(1).adds()).isTrue();
        assertThat(list.get(1).rule().perCase()).isEqualByComparingTo("0.5");
        assertThat(list.get(2).rule().title()).isEqualTo("造成不良影响的,扣3-6分");
        assertThat(list.get(2).rule().terms().rangeMin()).isEqualByComparingTo("3");
        assertThat(list.get(2).rule().terms().rangeMax()).isEqualByComparingTo("6");

        List<Gate> gates = placed(nodes.get(4)).node("A").orElseThrow().terms().gates();
        assertThat(gates).hasSize(3);
        assertThat(gates.get(0).when().fact()).isEqualTo("SATISFACTION");
        assertThat(gates.get(0).when().below()).isEqualByComparingTo("90");
        assertThat(gates.get(0).cap()).isEqualByComparingTo("0");
        assertThat(gates.get(1).when().node()).isEqualTo("A1.2");
        assertThat(gates.get(1).when().below()).isEqualByComparingTo("2");
        assertThat(gates.get(1).cap()).isEqualByComparingTo("1");
        assertThat(gates.get(2).when()).isEqualTo(new Gate.Condition("MAJOR_ACCIDENT", null, null, null));
    }

    @Test
    void theCaseRuleExamplesReadAsShown() throws IOException {
        RuleSet rules = placed(of("rule").get(0)).negativeList();
        CaseRule harm = rules.rule("HARM").orElseThrow();
        assertThat(harm.category()).isEqualTo("工作失误");
        assertThat(harm.terms().rangeMin()).isEqualByComparingTo("3");
        assertThat(harm.terms().rangeMax()).isEqualByComparingTo("6");
        CaseRule praise = rules.rule("PRAISE").orElseThrow();
        assertThat(praise.terms().levels())
                .extracting(l -> l.name() + "=" + l.points().toPlainString())
                .containsExactly("国家级=5", "省级=3", "市级=1");
        assertThat(praise.terms().combine()).isEqualTo(CaseTerms.Combine.HIGHEST);
        assertThat(praise.cap()).isEqualByComparingTo("5");
        assertThat(rules.rule("FORM1").orElseThrow().terms().multiplierFor("street"))
                .isEqualByComparingTo("1.5");
        assertThat(rules.rule("FORM1").orElseThrow().perCase()).isEqualByComparingTo("1");
    }

    @Test
    void theItemRuleExamplesReadAsShown() throws IOException {
        List<Fragment> items = of("item");
        assertThat(placed(items.get(0)).node("A.1").orElseThrow().rule())
                .isEqualTo(new ItemRule.Proportional(
                        new java.math.BigDecimal("100"),
                        new Rounding(new java.math.BigDecimal("0.01"), RoundingMode.HALF_UP)));
        assertThat(placed(items.get(1)).node("A.1").orElseThrow().rule())
                .isEqualTo(new ItemRule.Rate(new Rounding(null, RoundingMode.DOWN), true));
    }

    @Test
    void theLanguagesCompleteExampleIsValidWithItsOneWarning() throws IOException {
        Matcher example = Pattern.compile(
                        "### A complete example of the rubric language\\s+```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc());
        assertThat(example.find()).isTrue();
        Rubric rubric =
                RubricValidator.requireValid(RubricYaml.read(example.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(rubric).isEqualTo(RubricLanguageYamlTest.everyConstruct());
        assertThat(RubricValidator.warnings(rubric))
                .extracting(p -> p.location() + " " + p.args())
                .containsExactly("A1 [A1, 4, 3.5, sum]");
    }
}
