package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.campaignWithUnits;
import static com.qinglian.ledger.LedgerFixtures.surveyRow;
import static com.qinglian.ledger.LedgerFixtures.surveySheet;
import static com.qinglian.ledger.LedgerFixtures.uniqueDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Numbers with huge exponents through the ledger's forms and survey workbooks: answered with the form and a
 * message (no 500, no core tied up), nothing stored; survey rates on the one documented scale.
 */
@DatabaseTest
class HostileNumbersWebTest {

    private static final CurrentUser ADMIN = SecurityFixtures.anAdministrator();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    Ledger ledger;

    @Test
    void aCaseMultiplierWithAHugeExponentIsAFormError() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        for (String multiplier : List.of("1e999999999", "1e29999999", "1e-999999999", "1".repeat(41))) {
            long started = System.nanoTime();

            assertThat(mvc.perform(multipart(HttpMethod.POST, "/campaigns/" + s.campaign() + "/ledger")
                            .with(user(ADMIN))
                            .with(csrf())
                            .param("unitCode", s.unit(0))
                            .param("ruleCode", "FORM2")
                            .param("count", "1")
                            .param("multiplier", multiplier)
                            .param("date", "2021-04-02")
                            .param("documentNumber", uniqueDocument())
                            .param("issuingBody", "区纪委区监委")))
                    .hasStatus(422)
                    .bodyText()
                    .contains("multiplier");
            assertThat((System.nanoTime() - started) / 1_000_000).as(multiplier).isLessThan(3_000);
        }
        assertThat(ledger.cases(s.campaign())).isEmpty();
    }

    @Test
    void surveyRatesWithHugeExponentsOrOnTheFractionScaleAreRefused() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        byte[] exponent = surveySheet(
                List.of(surveyRow(s.unit(0), "10", "1e999999999", "满意"), surveyRow(s.unit(1), "10", "90", "满意")));
        byte[] fractions =
                surveySheet(List.of(surveyRow(s.unit(0), "10", "0.95", "满意"), surveyRow(s.unit(1), "10", "1", "满意")));

        assertThat(upload(s, exponent)).contains("满意率“1e999999999”须为 0 至 100 之间的数字");
        assertThat(upload(s, fractions)).contains("满意率“0.95”像是小数比例", "满意率“1”像是小数比例");
        assertThat(ledger.surveys(s.campaign())).isEmpty();
    }

    @Test
    void percentagesWithOrWithoutASignAreOneScale() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        byte[] percentages = surveySheet(
                List.of(surveyRow(s.unit(0), "10", "95%", "满意"), surveyRow(s.unit(1), "10", "0.5%", "不满意")));

        assertThat(upload(s, percentages)).doesNotContain("未导入");
        assertThat(ledger.surveys(s.campaign())).hasSize(1);
    }

    private String upload(Scenario s, byte[] sheet) {
        MockMultipartFile file = new MockMultipartFile("file", "测评.xlsx", "application/octet-stream", sheet);
        var result = mvc.perform(multipart(HttpMethod.POST, "/campaigns/" + s.campaign() + "/surveys")
                .file(file)
                .with(user(ADMIN))
                .with(csrf())
                .param("kind", "THIRD_PARTY")
                .param("itemCode", "A5.1.3"));
        assertThat(result.getResponse().getStatus()).isLessThan(500);
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8) + "\n"
                    + result.getMvcResult().getFlashMap();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
