package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in 2021 Ouhai rubric against the published page text kept in
 * {@code src/test/resources/seed/ouhai-2021.txt}: structure, arithmetic, and word-for-word wording.
 */
class SeedRubricTest {

    private static Rubric rubric;
    /** The published page with every whitespace character (including no-break spaces) removed. */
    private static String seed;

    @BeforeAll
    static void load() {
        rubric = BuiltInRubrics.ouhai2021();
        seed = squash(resourceText("seed/ouhai-2021.txt"));
    }

    @Test
    void validatesWithoutProblems() {
        assertThat(RubricValidator.validate(rubric)).isEmpty();
        assertThat(BuiltInRubrics.resources()).containsExactly(BuiltInRubrics.OUHAI_2021_RESOURCE);
    }

    @Test
    void headerMatchesThePublishedPage() {
        assertThat(rubric.code()).isEqualTo("ouhai-clean-agency");
        assertThat(rubric.version()).isEqualTo("2021");
        assertThat(rubric.title()).isEqualTo("瓯海区清廉机关(站所)建设评价体系");
        assertThat(seed.startsWith(squash(rubric.title() + "时间:2021-08-30 17:18:24 来源:"
                        + rubric.metadata().publisher())))
                .as("page header")
                .isTrue();
        assertThat(rubric.metadata().publisher()).isEqualTo("区直机关工委");
        assertThat(rubric.metadata().publishedOn()).hasToString("2021-08-30");
        assertThat(rubric.metadata().locale()).isEqualTo("zh-CN");
        assertThat(rubric.metadata().source()).contains("2021-08-30 17:18:24", "区直机关工委");
        assertThat(rubric.total()).isEqualByComparingTo("100");
        assertThat(rubric.step()).isEqualByComparingTo("0.5");
        assertThat(rubric.floor()).isEqualByComparingTo("0");
        assertThat(rubric.notes()).isNotBlank();
    }

    @Test
    void treeHasThePublishedShape() {
        assertThat(count(NodeLevel.GROUP)).isEqualTo(2);
        assertThat(count(NodeLevel.DIMENSION)).isEqualTo(5);
        assertThat(count(NodeLevel.INDICATOR)).isEqualTo(26);
        assertThat(count(NodeLevel.ITEM)).isEqualTo(67);
        assertThat(rubric.items()).hasSize(67);

        assertThat(rubric.nodes()).extracting(RubricNode::code).containsExactly("A", "B");
        assertThat(rubric.nodes()).allMatch(n -> n.level() == NodeLevel.GROUP);
        RubricNode a = rubric.nodes().get(0);
        RubricNode b = rubric.nodes().get(1);
        assertThat(a.title()).isEqualTo("共性评价指标");
        assertThat(b.title()).isEqualTo("个性评价指标");
        assertThat(a.children()).extracting(RubricNode::code).containsExactly("A1", "A2", "A3", "A4", "A5");
        assertThat(a.children()).extracting(RubricNode::title).containsExactly("政治清明", "经济清净", "文化清新", "社会清朗", "综合评价");
        assertThat(a.children()).allMatch(n -> n.level() == NodeLevel.DIMENSION);
        assertThat(a.children()).extracting(n -> n.children().size()).containsExactly(6, 4, 5, 3, 1);
        assertThat(a.flatten().filter(n -> n.level() == NodeLevel.INDICATOR)).hasSize(19);
        assertThat(b.children()).extracting(RubricNode::code).containsExactly("B1", "B2", "B3", "B4", "B5", "B6", "B7");
        assertThat(b.children()).allMatch(n -> n.level() == NodeLevel.INDICATOR);
        assertThat(indicators()).allSatisfy(ind -> {
            assertThat(ind.children()).isNotEmpty();
            assertThat(ind.children()).allMatch(RubricNode::isItem);
        });
        assertThat(rubric.items()).allSatisfy(item -> {
            assertThat(item.children()).isEmpty();
            assertThat(item.title()).isNull();
            assertThat(item.rule()).isEqualTo(ItemRule.MANUAL);
        });
    }

    @Test
    void pointsAddUp() {
        assertThat(rubric.nodes())
                .extracting(RubricNode::points)
                .extracting(BigDecimal::intValueExact)
                .containsExactly(65, 35);
        assertThat(rubric.nodes().get(0).children())
                .extracting(RubricNode::points)
                .extracting(BigDecimal::intValueExact)
                .containsExactly(20, 15, 10, 10, 10);
        assertThat(sum(rubric.nodes())).isEqualByComparingTo("100");
        assertThat(sum(rubric.items())).isEqualByComparingTo("100");
        rubric.allNodes()
                .filter(n -> !n.isItem())
                .forEach(n -> assertThat(sum(n.children()))
                        .as("sum of children of %s", n.code())
                        .isEqualByComparingTo(n.points()));
        assertThat(rubric.items())
                .allSatisfy(item -> assertThat(item.points()).isBetween(BigDecimal.ONE, new BigDecimal("4")));
    }

    @Test
    void negativeListIsAsPublished() {
        RuleSet list = rubric.negativeList();
        assertThat(list.cap()).as("the page states no overall cap").isNull();
        assertThat(list.rules())
                .extracting(CaseRule::code)
                .containsExactly("FORM1", "FORM2", "FORM3", "FORM4", "DISSATISFIED");
        assertThat(list.rules())
                .extracting(CaseRule::perCase)
                .extracting(BigDecimal::intValueExact)
                .containsExactly(1, 2, 4, 20, 3);
        assertThat(list.rules()).allMatch(r -> r.fixed() == null);
        assertThat(list.rules().subList(0, 4)).allSatisfy(r -> {
            assertThat(r.category()).isEqualTo("被区纪委区监委四种形态处理");
            assertThat(r.cap()).isNull();
            assertInSeed(r.title() + "(-" + r.perCase().toPlainString() + "分/例)");
        });
        CaseRule form1 = list.rules().get(0);
        assertInSeed("负面清单" + form1.category() + form1.title());
        CaseRule dissatisfied = list.rule("DISSATISFIED").orElseThrow();
        assertThat(dissatisfied.category()).isEqualTo("万人评议");
        assertThat(dissatisfied.title()).isEqualTo("被评为不满意科室(站所)");
        assertThat(dissatisfied.cap()).as("counts once a year").isEqualByComparingTo("3");
        assertInSeed(dissatisfied.category() + dissatisfied.title() + "(-3)");
        assertThat(rubric.bonus().isEmpty()).isTrue();
    }

    @Test
    void everyTextIsWordForWordInThePublishedPage() {
        assertThat(wordingProblems(rubric)).isEmpty();
    }

    @Test
    void itemNumbersRunFromOneWithinEachIndicator() {
        List<String> unnumbered = new ArrayList<>();
        for (RubricNode ind : indicators()) {
            List<RubricNode> items = ind.children();
            if (items.get(0).number() == null) {
                unnumbered.add(ind.code());
                assertThat(items).as("unnumbered indicator %s", ind.code()).hasSize(1);
                assertThat(items.get(0).code()).isEqualTo(ind.code() + ".1");
            } else {
                assertThat(items)
                        .extracting(RubricNode::number)
                        .as("numbers in %s", ind.code())
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, items.size())
                                .mapToObj(String::valueOf)
                                .toList());
                assertThat(items).allSatisfy(i -> assertThat(i.code()).isEqualTo(ind.code() + "." + i.number()));
            }
        }
        assertThat(unnumbered).containsExactly("A3.2", "A3.4", "B4");
    }

    @Test
    void trapsAreTranscribedAsPublished() {
        RubricNode b71 = rubric.node("B7.1").orElseThrow();
        assertThat(b71.number()).isEqualTo("1");
        assertThat(b71.text()).startsWith("90%以上的单位");
        assertThat(rubric.node("B3.2").orElseThrow().text()).contains("“三服务”2.0版");
        assertThat(rubric.node("A1.6.1").orElseThrow().text()).startsWith("对审计");
        assertThat(rubric.node("A4.3.4").orElseThrow().points()).isEqualByComparingTo("1");
        assertThat(rubric.node("A5.1.1").orElseThrow().points()).isEqualByComparingTo("4");
        assertThat(rubric.node("A5.1.1").orElseThrow().text()).contains("途经").endsWith(";");
        assertThat(rubric.node("A5.1.1").orElseThrow().notes()).contains("途径");
        assertThat(rubric.node("A5.1.2").orElseThrow().notes()).contains("途径");
        assertThat(rubric.node("B1").orElseThrow().title()).isEqualTo("打造与“重要窗口”相匹配的清廉机关建设成果");
        assertThat(rubric.node("A1.1").orElseThrow().title()).isEqualTo("严明政治纪律和政治规矩");
        assertThat(rubric.notes()).contains("(-3)");
    }

    @Test
    void wordingCheckCatchesAChangedText() {
        RubricNode item = rubric.node("A5.1.1").orElseThrow();
        Rubric fixedTypo = replace(rubric, item, withText(item, item.text().replace("途经", "途径")));
        assertThat(wordingProblems(fixedTypo)).containsExactlyInAnyOrder("A5.1.1", "A5.1");

        RubricNode b4 = rubric.node("B4.1").orElseThrow();
        Rubric truncated = replace(rubric, b4, withText(b4, b4.text().substring(1)));
        assertThat(wordingProblems(truncated)).containsExactlyInAnyOrder("B4.1", "B4");

        RubricNode a431 = rubric.node("A4.3.1").orElseThrow();
        Rubric wrongPoints = replace(
                rubric,
                a431,
                new RubricNode(
                        a431.code(),
                        a431.level(),
                        a431.number(),
                        a431.title(),
                        a431.text(),
                        new BigDecimal("2"),
                        a431.notes(),
                        a431.mode(),
                        a431.floor(),
                        a431.appliesTo(),
                        a431.rule(),
                        a431.children()));
        assertThat(wordingProblems(wrongPoints)).contains("A4.3.1");
        assertThat(RubricValidator.validate(wrongPoints)).isNotEmpty();
    }

    @Test
    void yamlRoundTripKeepsEverything() {
        String written = RubricYaml.write(rubric);
        Rubric reread = RubricYaml.read(written.getBytes(StandardCharsets.UTF_8));
        assertThat(reread).isEqualTo(rubric);
        assertThat(RubricYaml.write(reread)).isEqualTo(written);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Codes of nodes whose wording is not in the published page. Each item must appear as
     * "number.text(N分)" (unnumbered: the indicator title followed by "text(N分)"); each indicator
     * as its title, all its items in order and its printed total, contiguous once whitespace is gone.
     */
    private static List<String> wordingProblems(Rubric r) {
        List<String> problems = new ArrayList<>();
        r.allNodes().filter(n -> n.level() == NodeLevel.INDICATOR).forEach(ind -> {
            StringBuilder block = new StringBuilder(squash(ind.title()));
            for (RubricNode item : ind.children()) {
                String printed = printed(item);
                String anchored = item.number() == null ? squash(ind.title()) + printed : printed;
                if (!item.text().equals(item.text().strip())
                        || !seed.contains(squash(item.text()))
                        || !seed.contains(anchored)) {
                    problems.add(item.code());
                }
                block.append(printed);
            }
            block.append(ind.points().toPlainString());
            if (!seed.contains(squash(ind.title())) || !seed.contains(block)) {
                problems.add(ind.code());
            }
        });
        r.allNodes()
                .filter(n -> n.level() == NodeLevel.GROUP || n.level() == NodeLevel.DIMENSION)
                .forEach(n -> {
                    if (!seed.contains(squash(n.title()) + "(" + n.points().toPlainString() + "分)")) {
                        problems.add(n.code());
                    }
                });
        return problems;
    }

    /** Asserts without printing the whole page on failure. */
    private static void assertInSeed(String published) {
        assertThat(seed.contains(squash(published)))
                .as("published page contains %s", published)
                .isTrue();
    }

    private static String printed(RubricNode item) {
        String text = squash(item.text()) + "(" + item.points().toPlainString() + "分)";
        return item.number() == null ? text : item.number() + "." + text;
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", "");
    }

    private static long count(NodeLevel level) {
        return rubric.allNodes().filter(n -> n.level() == level).count();
    }

    private static List<RubricNode> indicators() {
        return rubric.allNodes().filter(n -> n.level() == NodeLevel.INDICATOR).toList();
    }

    private static BigDecimal sum(List<RubricNode> nodes) {
        return nodes.stream().map(RubricNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RubricNode withText(RubricNode n, String text) {
        return new RubricNode(
                n.code(),
                n.level(),
                n.number(),
                n.title(),
                text,
                n.points(),
                n.notes(),
                n.mode(),
                n.floor(),
                n.appliesTo(),
                n.rule(),
                n.children());
    }

    private static Rubric replace(Rubric r, RubricNode old, RubricNode replacement) {
        List<RubricNode> nodes = r.nodes().stream()
                .map(n -> replaceIn(n, old.code(), replacement))
                .toList();
        return new Rubric(
                r.code(),
                r.version(),
                r.title(),
                r.metadata(),
                r.total(),
                r.step(),
                r.floor(),
                r.notes(),
                nodes,
                r.negativeList(),
                r.bonus());
    }

    private static RubricNode replaceIn(RubricNode n, String code, RubricNode replacement) {
        if (n.code().equals(code)) {
            return replacement;
        }
        return n.withChildren(
                n.children().stream().map(c -> replaceIn(c, code, replacement)).toList());
    }

    private static String resourceText(String name) {
        try (InputStream in = SeedRubricTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
