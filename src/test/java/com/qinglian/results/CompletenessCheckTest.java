package com.qinglian.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.Settings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An item the rubric gives full marks without an input (未发现问题的得满分) never keeps a unit out of the results. */
class CompletenessCheckTest {

    private static RubricNode group(String code, Boolean fullByDefault, RubricNode... items) {
        return new RubricNode(
                code,
                NodeLevel.GROUP,
                null,
                "组 " + code,
                null,
                new BigDecimal("4"),
                null,
                null,
                null,
                null,
                null,
                List.of(items),
                new NodeTerms(List.of(), List.of(), null, null, fullByDefault, Set.of(), Set.of()));
    }

    private static RubricNode item(String code, ItemRule rule) {
        return new RubricNode(
                code,
                NodeLevel.ITEM,
                null,
                null,
                "细则 " + code,
                new BigDecimal("2"),
                null,
                null,
                null,
                null,
                rule,
                null);
    }

    private static List<String> missing(boolean rubricDefault) {
        Rubric rubric = new Rubric(
                "r",
                "1",
                "测试",
                null,
                new BigDecimal("8"),
                null,
                null,
                null,
                List.of(
                        group(
                                "A",
                                null,
                                item("A1", ItemRule.MANUAL),
                                item("A2", new ItemRule.Threshold(BigDecimal.ONE))),
                        group("B", false, item("B1", ItemRule.MANUAL), item("B2", ItemRule.MANUAL))),
                null,
                null,
                new RubricTerms(rubricDefault, null, null, List.of()));
        CompletenessCheck check = new CompletenessCheck(
                rubric,
                List.of(),
                List.of(),
                List.of(ItemInput.score("U", "B2", "2")),
                Set.of(),
                Map.of(),
                Settings.MultipleScores.REJECT);
        return check.missing(new ScoredUnit("U", "U", "agency")).stream()
                .map(MissingItem::itemCode)
                .toList();
    }

    @Test
    void itemsWithFullMarksByDefaultAreNeverMissingUnlessTheirNodeSaysOtherwise() {
        assertThat(missing(false)).containsExactly("A1", "A2", "B1");
        assertThat(missing(true)).containsExactly("B1");
    }
}
