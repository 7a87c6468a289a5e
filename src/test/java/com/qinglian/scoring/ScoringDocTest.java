package com.qinglian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricYaml;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/scoring.md is scored by the engine: the rubric and the scenarios are read from the
 * document, and every figure it marks {@code expect} must be what the engine computes, so the document cannot
 * drift from the code.
 */
class ScoringDocTest {

    private static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("docs/scoring.md"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String block(String marker, String language) {
        Matcher m = Pattern.compile("<!-- " + marker + " -->\\s+```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(DOC);
        assertThat(m.find()).as("docs/scoring.md has the block " + marker).isTrue();
        return m.group(1);
    }

    /** One unit of the example with what the document expects of it. */
    private record Scenario(ScoredUnit unit, Map<String, String> expected) {}

    @Test
    void theWorkedExampleScoresAsTheDocumentSays() {
        Rubric rubric = RubricYaml.read(block("worked-example:rubric", "yaml").getBytes(StandardCharsets.UTF_8));
        List<Scenario> scenarios = new ArrayList<>();
        List<ItemInput> inputs = new ArrayList<>();
        List<CaseInput> cases = new ArrayList<>();
        List<FactInput> facts = new ArrayList<>();
        ScoredUnit unit = null;
        for (String line : block("worked-example:scenarios", "text").split("\n")) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "unit" ->
                    unit = new ScoredUnit(
                            words[1],
                            words[1],
                            words[2],
                            Set.copyOf(Arrays.asList(words).subList(3, words.length)));
                case "score" -> {
                    for (String pair : Arrays.asList(words).subList(1, words.length)) {
                        String[] kv = pair.split("=");
                        String[] value = kv[1].split("/");
                        inputs.add(new ItemInput(
                                unit.code(),
                                kv[0],
                                new BigDecimal(value[0]),
                                value.length > 1 ? new BigDecimal(value[1]) : null));
                    }
                }
                case "case" -> {
                    CaseInput input = CaseInput.of(unit.code(), words[1], Integer.parseInt(words[2]));
                    for (String option : Arrays.asList(words).subList(3, words.length)) {
                        String[] kv = option.split("=");
                        input = kv[0].equals("amount")
                                ? input.withAmount(new BigDecimal(kv[1]))
                                : input.withLevel(kv[1]);
                    }
                    cases.add(input);
                }
                case "fact" -> facts.add(new FactInput(unit.code(), words[1], new BigDecimal(words[2]), "docs"));
                case "expect" -> {
                    Map<String, String> expected = new LinkedHashMap<>();
                    Arrays.asList(words)
                            .subList(1, words.length)
                            .forEach(pair -> expected.put(
                                    pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
                    scenarios.add(new Scenario(unit, expected));
                }
                case "" -> {}
                default -> throw new AssertionError("unreadable example line: " + line);
            }
        }
        assertThat(scenarios).hasSize(4);

        ScoringResult result = ScoringEngine.score(
                rubric, scenarios.stream().map(Scenario::unit).toList(), inputs, cases, facts, Settings.defaults());

        for (Scenario scenario : scenarios) {
            UnitResult unitResult = result.units().stream()
                    .filter(r -> r.unit().code().equals(scenario.unit().code()))
                    .findFirst()
                    .orElseThrow();
            scenario.expected()
                    .forEach((what, figure) -> assertThat(actual(unitResult, what))
                            .as("%s %s", scenario.unit().code(), what)
                            .isEqualTo(
                                    figure.matches("-?[0-9.]+")
                                            ? new BigDecimal(figure)
                                                    .stripTrailingZeros()
                                                    .toPlainString()
                                            : figure));
            BigDecimal explained = unitResult.explanation().stream()
                    .map(ExplanationLine::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(explained).isEqualByComparingTo(unitResult.total());
        }
    }

    private static String actual(UnitResult r, String what) {
        BigDecimal figure = switch (what) {
            case "total" -> r.total();
            case "deductions" -> r.deductionTotal();
            case "bonus" -> r.bonusTotal();
            case "max" -> r.maxTotal();
            case "items" -> r.itemsTotal();
            case "rescale" ->
                r.explanation().stream()
                        .filter(l -> l.kind() == ExplanationLine.Kind.RESCALE)
                        .map(ExplanationLine::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            case "veto" -> null;
            default -> r.score(what);
        };
        return figure == null
                ? String.join(",", r.vetoes())
                : figure.stripTrailingZeros().toPlainString();
    }
}
