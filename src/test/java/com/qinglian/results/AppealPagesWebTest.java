package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.DatabaseTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The appeal pages: the organiser assigns, the reviewer sees the decision form, refusals come back with a message. */
@DatabaseTest
class AppealPagesWebTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Appeals appeals;

    @Autowired
    Campaigns campaigns;

    @Autowired
    MockMvcTester mvc;

    @Test
    void assignAndDecideThroughThePages() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        for (String unit : r.units()) {
            scenarios.scoreInFull(r, unit, Map.of("A1.1.1", "0"));
        }
        uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        uploadAs(
                ResultsScenarios.ORGANISER,
                () -> campaigns.openPublicity(r.campaign(), CampaignFixtures.openWindow(), "评审完成", null));
        Appeal appeal = scenarios.appealOn(r, r.agency(), "A1.1.1");
        String page = "/campaigns/" + r.campaign() + "/appeals/" + appeal.id();
        CurrentUser reviewer = scenarios.anEvaluator("pr");

        assertThat(mvc.post()
                        .uri(page + "/assign")
                        .with(user(ResultsScenarios.ORGANISER))
                        .with(csrf())
                        .param("reviewer", r.evaluator().getUsername()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("problemText");
        assertThat(mvc.post()
                        .uri(page + "/assign")
                        .with(user(ResultsScenarios.ORGANISER))
                        .with(csrf())
                        .param("reviewer", reviewer.getUsername()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page).with(user(reviewer)))
                .hasStatusOk()
                .bodyText()
                .contains("作出决定", "部分采纳", "data-confirm=");
        assertThat(mvc.post()
                        .uri(page + "/decision")
                        .with(user(r.evaluator()))
                        .with(csrf())
                        .param("decision", "ACCEPTED")
                        .param("newScore", "1")
                        .param("decisionReason", "原评分人自改"))
                .hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
                .bodyText()
                .contains("只有被指定的复核考评员才能作出决定");
        assertThat(mvc.post()
                        .uri(page + "/decision")
                        .with(user(reviewer))
                        .with(csrf())
                        .param("decision", "ACCEPTED")
                        .param("newScore", "1")
                        .param("decisionReason", "材料充分"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/campaigns/" + r.campaign() + "/appeals").with(user(SecurityFixtures.aLeader())))
                .hasStatusOk()
                .bodyText()
                .contains("已决定", "采纳", r.agency());
        assertThat(mvc.get().uri("/public/campaigns/" + r.campaign() + "/notice"))
                .hasStatusOk()
                .bodyText()
                .contains("考评结果公示", "优秀")
                .doesNotContain("扣分说明");
    }
}
