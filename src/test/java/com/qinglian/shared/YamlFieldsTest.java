package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one YAML field reader of rubrics and settings: safe loading, text first, problems located. */
class YamlFieldsTest {

    private static Map<?, ?> load(String yaml) {
        return (Map<?, ?>) SafeYaml.load(yaml.getBytes(StandardCharsets.UTF_8), 1024);
    }

    @Test
    void scalarsStayTextUntilAFieldConvertsThem() {
        List<YamlFields.Problem> problems = new ArrayList<>();
        YamlFields f = YamlFields.of(load("code: 010\non: yes\nday: 2021-08-30\npoints: 1.50"), "", problems::add);
        assertThat(f.text("code", true)).isEqualTo("010");
        assertThat(f.text("on", true)).isEqualTo("yes");
        assertThat(f.date("day")).hasToString("2021-08-30");
        assertThat(f.number("points", true)).isEqualByComparingTo("1.5");
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesDuplicateKeysAndObjectTags() {
        assertThatThrownBy(() -> load("a: 1\na: 2")).isInstanceOf(SafeYaml.SyntaxException.class);
        assertThatThrownBy(() -> load("a: !!javax.script.ScriptEngineManager []"))
                .isInstanceOf(SafeYaml.SyntaxException.class);
    }

    @Test
    void everyProblemIsLocated() {
        List<YamlFields.Problem> problems = new ArrayList<>();
        YamlFields root = YamlFields.of(load("x: 1\nn: abc\nitems: [{k: v}, 3]"), "", problems::add);
        root.allow("n", "items");
        root.number("n", true);
        root.text("missing", true);
        List<YamlFields> items = root.list("items", true);
        items.get(0).at("I1").number("k", false);
        assertThat(problems)
                .extracting(YamlFields.Problem::kind, YamlFields.Problem::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(YamlFields.Kind.UNKNOWN_FIELD, "x"),
                        org.assertj.core.groups.Tuple.tuple(YamlFields.Kind.NOT_A_NUMBER, "n"),
                        org.assertj.core.groups.Tuple.tuple(YamlFields.Kind.MISSING, "missing"),
                        org.assertj.core.groups.Tuple.tuple(YamlFields.Kind.ELEMENT_NOT_A_MAPPING, "items[2] / items"),
                        org.assertj.core.groups.Tuple.tuple(YamlFields.Kind.NOT_A_NUMBER, "I1 / k"));
    }
}
