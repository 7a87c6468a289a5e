package com.qinglian.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.shared.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Settings YAML refused for any reason is explained in Chinese, naming where, never in English. */
class SettingsMessagesTest {

    private final CampaignSettingsFormat format = new CampaignSettingsFormat();

    private static String chinese(InputProblem problem) throws IOException {
        Properties zh = new Properties();
        try (InputStream in = SettingsMessagesTest.class.getResourceAsStream("/messages.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String pattern = zh.getProperty(problem.key());
        assertThat(pattern).as("message for " + problem.key()).isNotNull();
        return MessageFormat.format(pattern, problem.args().toArray());
    }

    @Test
    void everyKindOfMistakeIsWordedInChineseWithItsPlace() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"grades: [", "第 1 行"},
                new String[] {"- a\n- b\n", "键: 值"},
                new String[] {"colour: red\n", "没有字段“colour”"},
                new String[] {"grades:\n  - min: 90\n", "缺少“grade”"},
                new String[] {"floor: 1e5\n", "普通小数"},
                new String[] {"multipleScores: most\n", "multipleScores"},
                new String[] {
                    "vetoes:\n  - name: 否决\n    effect: explode\n    when: {anyNegativeCase: true}\n", "effect"
                });
        for (String[] c : cases) {
            List<InputProblem> problems = format.problems(c[0]);
            assertThat(problems).as(c[0]).hasSize(1);
            String text = chinese(problems.get(0));
            assertThat(text).as(c[0]).startsWith("考评设置有误").contains(c[1]).doesNotContain("expected", "found");
        }
    }
}
