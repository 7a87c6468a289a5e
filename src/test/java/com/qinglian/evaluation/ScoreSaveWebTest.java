package com.qinglian.evaluation;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.results.ResultsScenarios;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.CurrentUser;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Saving one score through htmx answers with that item's row as stored and what the save moved (progress and the
 * subtotals along the item's path), the same figures the whole page shows, and nothing of the other rows.
 */
@DatabaseTest
class ScoreSaveWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Evaluations evaluations;

    @Test
    void aSaveAnswersWithItsRowTheProgressAndTheSubtotalsTheWholePageShows() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        CurrentUser evaluator = r.evaluator();
        save(evaluator, r, "A1.1.2", "0.5", "", -1);

        String html = save(evaluator, r, "A1.1.1", "1", "", -1);

        ScoringSheet sheet = uploadAs(evaluator, () -> evaluations.sheet(r.campaign(), r.agency()));
        ScoringSheet.Row row = sheet.rows().stream()
                .filter(x -> x.item().code().equals("A1.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(html)
                .contains("id=\"version-mine-A1.1.1\"", "value=\"" + row.mine().version() + "\"")
                .contains("已评 " + sheet.scored() + " / " + sheet.scorable() + " 项")
                .contains("已保存")
                .doesNotContain("version-mine-A1.1.2", "mine-A1.1.3");
        assertThat(sheet.scored()).isEqualTo(2);
        for (RubricNode node : row.entry().path()) {
            assertThat(html)
                    .as(node.code())
                    .contains("id=\"subtotal-" + node.code() + "\" hx-swap-oob=\"true\">"
                            + sheet.subtotal(node.code()).stripTrailingZeros().toPlainString() + "<");
        }
        assertThat(sheet.subtotal(row.entry().indicator().code())).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @Test
    void aRefusedOrConflictingSaveKeepsTheStoredVersion() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        CurrentUser evaluator = r.evaluator();
        save(evaluator, r, "A1.1.1", "1", "", -1);

        String tooHigh = save(evaluator, r, "A1.1.1", "9", "", 0, 422);
        assertThat(tooHigh)
                .contains("id=\"version-mine-A1.1.1\"", "value=\"0\"")
                .contains("role=\"alert\"");

        String stale = save(evaluator, r, "A1.1.1", "0.5", "说明", -1, 409);
        assertThat(stale).doesNotContain("version-mine-A1.1.1").contains("role=\"alert\"");
        assertThat(uploadAs(evaluator, () -> evaluations.sheet(r.campaign(), r.agency()))
                        .rows()
                        .get(0)
                        .mine()
                        .score())
                .isEqualByComparingTo("1");
    }

    private String save(
            CurrentUser evaluator,
            ResultsScenarios.Reviewed r,
            String item,
            String score,
            String comment,
            int version) {
        return save(evaluator, r, item, score, comment, version, 200);
    }

    private String save(
            CurrentUser evaluator,
            ResultsScenarios.Reviewed r,
            String item,
            String score,
            String comment,
            int version,
            int status) {
        MvcTestResult result = mvc.post()
                .uri("/campaigns/" + r.campaign() + "/units/" + r.agency() + "/scores/" + item)
                .with(user(evaluator))
                .with(csrf())
                .header("HX-Request", "true")
                .param("score", score)
                .param("comment", comment)
                .param("version", String.valueOf(version))
                .exchange();
        assertThat(result).hasStatus(status);
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
