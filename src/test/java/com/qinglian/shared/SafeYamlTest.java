package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.qinglian.shared.SafeYaml.SyntaxException;
import com.qinglian.shared.SafeYaml.SyntaxException.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile YAML, each file made here, refused with what is wrong and where: line, column and key. */
class SafeYamlTest {

    private static final int MAX_BYTES = 64 * 1024;

    private static SyntaxException refusal(String yaml) {
        return refusal(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static SyntaxException refusal(byte[] yaml) {
        return catchThrowableOfType(SyntaxException.class, () -> SafeYaml.load(yaml, MAX_BYTES));
    }

    @Test
    void aLongTextRepeatedThroughAliasesIsRefusedAtTheAliasThatMakesItTooLarge() {
        // 10,000 characters, fine once; 20 aliases of it would write 200,000 characters, over twice the file cap
        StringBuilder yaml = new StringBuilder("long: &t \"" + "廉".repeat(10_000) + "\"\nitems:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append("  - text: *t\n");
        }

        SyntaxException e = refusal(yaml.toString());

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.line()).isEqualTo(2 + 13); // the 13th alias passes twice the 64 KB cap
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.key()).isEqualTo("text");
    }

    @Test
    void nestedAliasesAreCountedAsTheyExpand() {
        StringBuilder bomb = new StringBuilder("a: &a [\"" + "x".repeat(100) + "\", x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'g'; c++) {
            String prev = "*" + (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(", ", List.of(prev, prev, prev, prev, prev, prev)))
                    .append("]\n");
        }

        assertThat(refusal(bomb.toString()).kind()).isIn(Kind.TOO_LARGE, Kind.TOO_MANY_ALIASES);
    }

    @Test
    void moreAliasesThanTheCapAreRefused() {
        StringBuilder yaml = new StringBuilder("x: &x 1\nys:\n");
        for (int i = 0; i < SafeYaml.maxAliases() + 1; i++) {
            yaml.append("  - *x\n");
        }

        SyntaxException e = refusal(yaml.toString());

        assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_ALIASES);
        assertThat(e.line()).isEqualTo(3 + SafeYaml.maxAliases());
        assertThat(e.key()).isEqualTo("ys");
    }

    @Test
    void aSelfReferencingAliasIsRefusedBeforeAnythingRecurses() {
        String yaml = """
                format: x
                nodes: &n
                  - code: A
                    children: *n
                """;

        SyntaxException e = refusal(yaml);

        assertThat(e.kind()).isEqualTo(Kind.SELF_REFERENCE);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.key()).isEqualTo("children");
    }

    @Test
    void nestingDeeperThanTheCapIsRefused() {
        String yaml = "deep: " + "[".repeat(200) + "]".repeat(200) + "\n";

        SyntaxException e = refusal(yaml);

        assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.key()).isEqualTo("deep");
    }

    @Test
    void gbkTextIsRefusedWithTheLineItStartsOn() {
        byte[] gbk = "code: demo\ntitle: 瓯海区清廉机关\n".getBytes(Charset.forName("GBK"));

        SyntaxException e = refusal(gbk);

        assertThat(e.kind()).isEqualTo(Kind.NOT_UTF8);
        assertThat(e.line()).isEqualTo(2);
        // GBK's first two characters happen to be one valid UTF-8 sequence; the third is not
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void aByteOrderMarkIsNotContent() {
        byte[] yaml = "\uFEFFcode: demo\n".getBytes(StandardCharsets.UTF_8);

        assertThat(SafeYaml.load(yaml, MAX_BYTES)).isEqualTo(Map.of("code", "demo"));
    }

    @Test
    void aDuplicateKeyIsNamed() {
        SyntaxException e = refusal("code: a\ntitle: b\ncode: c\n");

        assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_KEY);
        assertThat(e.key()).isEqualTo("code");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void commonMistakesAreToldApart() {
        assertThat(refusal("a:\n\tb: 1\n").kind()).isEqualTo(Kind.TAB);
        assertThat(refusal("title: 文号: 7\n").kind()).isEqualTo(Kind.MAPPING_NOT_ALLOWED);
        assertThat(refusal("title: \"没有闭合\n").kind()).isEqualTo(Kind.UNCLOSED_QUOTE);
        assertThat(refusal("title: *nothing\n").kind()).isEqualTo(Kind.UNKNOWN_ALIAS);
        SyntaxException nul = refusal("code: x\ntitle: a\u0000b\n");
        assertThat(nul.kind()).isEqualTo(Kind.CONTROL_CHARACTER);
        assertThat(nul.line()).isEqualTo(2);
        assertThat(nul.column()).isEqualTo(9);
    }

    @Test
    void syntaxErrorsNameTheKeyTheyAreIn() {
        SyntaxException e = refusal("nodes:\n  - code: A\n    title: [unclosed\n");

        assertThat(e.line()).isGreaterThan(0);
        assertThat(e.key()).isEqualTo("title");
    }

    @Test
    void aFewHonestAliasesStillLoad() {
        Object loaded = SafeYaml.load(
                "rule: &r {type: deduction, perCase: 1}\nother: *r\n".getBytes(StandardCharsets.UTF_8), MAX_BYTES);

        assertThat(loaded)
                .isEqualTo(Map.of(
                        "rule", Map.of("type", "deduction", "perCase", "1"),
                        "other", Map.of("type", "deduction", "perCase", "1")));
    }
}
