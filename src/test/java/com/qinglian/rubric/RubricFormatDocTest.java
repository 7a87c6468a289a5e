package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example in docs/rubric-format.md is a valid rubric, so the document cannot drift from the code. */
class RubricFormatDocTest {

    @Test
    void theCompleteExampleIsValid() throws Exception {
        String doc = Files.readString(Path.of("docs/rubric-format.md"), StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("\\n## A complete example\\s+```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(example.find())
                .as("docs/rubric-format.md has a complete example")
                .isTrue();

        Rubric rubric =
                RubricValidator.requireValid(RubricYaml.read(example.group(1).getBytes(StandardCharsets.UTF_8)));

        assertThat(rubric.items()).hasSize(6);
        assertThat(rubric.node("A2.1").orElseThrow().mode()).isEqualTo(NodeMode.DEDUCT);
        assertThat(rubric.node("A2.2").orElseThrow().appliesTo()).containsExactly("station");
        assertThat(rubric.node("A2.2.1").orElseThrow().rule()).isInstanceOf(ItemRule.Tiered.class);
        // the deduction item is worth the deduct node's 3 points, so it can take them: no warning
        assertThat(rubric.node("A2.1.1").orElseThrow().points()).isEqualByComparingTo("3");
        assertThat(RubricValidator.warnings(rubric)).isEmpty();
    }
}
