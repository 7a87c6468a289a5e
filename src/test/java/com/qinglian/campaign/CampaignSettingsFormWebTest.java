package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignFixtures.seedCampaign;
import static com.qinglian.campaign.CampaignFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.scoring.GradeBand;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.Veto;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The campaign form's settings fields (grade bands, vetoes by rule title, scoring rules) and its YAML mode. */
@DatabaseTest
class CampaignSettingsFormWebTest {

    private static final String RUBRIC = "ouhai-clean-agency/2021";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignSettingsFormat format;

    /** The fields a browser posts for a valid campaign with two grade bands and one veto, spare rows left empty. */
    private static Map<String, String> fields(String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", "2021 年度清廉机关建设评价");
        fields.put("year", "2021");
        fields.put("periodStart", "2021-01-01");
        fields.put("periodEnd", "2021-12-31");
        fields.put("rubric", RUBRIC);
        fields.put("organiserNodes", "A5");
        fields.put("allUnits", "true");
        fields.put("settingsMode", "form");
        fields.put("grades[0].name", "达标");
        fields.put("grades[0].min", "75.5");
        fields.put("grades[1].name", "不达标");
        fields.put("grades[1].min", "0");
        fields.put("grades[2].name", "");
        fields.put("grades[2].min", "");
        fields.put("vetoes[0].name", "第四种形态一票否决");
        fields.put("vetoes[0].rules", "FORM4|FORM3");
        fields.put("_vetoes[0].rules", "on");
        fields.put("_vetoes[0].anyNegativeCase", "on");
        fields.put("vetoes[0].totalBelow", "");
        fields.put("vetoes[0].effect", "CAP_GRADE");
        fields.put("vetoes[0].grade", "不达标");
        fields.put("vetoes[1].name", "");
        fields.put("_vetoes[1].rules", "on");
        fields.put("_vetoes[1].anyNegativeCase", "on");
        fields.put("vetoes[1].totalBelow", "");
        fields.put("vetoes[1].effect", "CAP_GRADE");
        fields.put("vetoes[1].grade", "");
        fields.put("floor", "0");
        fields.put("normaliseTo", "100");
        fields.put("multipleScores", "LEAD");
        fields.put("settings", "this YAML is not used in the form mode: [");
        return fields;
    }

    /** Posts the fields as a browser does; a value with | is several values of one field (checkboxes). */
    private MvcTestResult post(String uri, Map<String, String> fields) {
        MockMvcRequestBuilder post =
                mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf());
        fields.forEach((name, value) -> post.param(name, value.split("\\|", -1)));
        return post.exchange();
    }

    @Test
    void theNewFormShowsTheSettingsAsFieldsWithRulesByTitleAndTheYamlUnderAdvanced() {
        assertThat(mvc.get().uri("/campaigns/new").with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("等次名称", "最低分", "优秀", "被区纪委区监委采取第四种形态处理", "任一负面清单情形", "总分低于")
                .contains("总分计零", "等次最高为…", "等次定为…", "以组长评分为准", "高级:YAML")
                .contains("name=\"grades[0].name\"", "name=\"vetoes[0].rules\"", "value=\"FORM4\"")
                .contains("grades:", "- {grade: 优秀, min: 90}")
                .doesNotContain("??");
    }

    @Test
    void aCampaignIsCreatedFromTheSettingsFields() {
        String code = uniqueCode();
        assertThat(post("/campaigns", fields(code)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/campaigns/" + code);

        Settings stored = format.read(campaigns.get(code).settings());
        assertThat(stored)
                .isEqualTo(new Settings(
                        List.of(GradeBand.of("达标", "75.5"), GradeBand.of("不达标", "0")),
                        List.of(new Veto(
                                "第四种形态一票否决",
                                Veto.Condition.onAnyCaseOf("FORM3", "FORM4"),
                                Veto.Effect.CAP_GRADE,
                                "不达标")),
                        BigDecimal.ZERO,
                        null,
                        null,
                        new BigDecimal("100"),
                        Settings.MultipleScores.LEAD));
    }

    @Test
    void theEditFormShowsTheStoredSettingsAndSavesChangedFields() {
        String code = uniqueCode();
        campaigns.create(seedCampaign(code), null);
        assertThat(mvc.get()
                        .uri("/campaigns/" + code + "/edit")
                        .with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"第四种形态一票否决\"", "value=\"不合格\"")
                .containsPattern("value=\"FORM4\"[^>]*checked");

        Map<String, String> fields = fields(code);
        fields.put("vetoes[0].effect", "ZERO_TOTAL");
        fields.put("version", String.valueOf(campaigns.get(code).version()));
        assertThat(post("/campaigns/" + code, fields)).hasStatus3xxRedirection();
        Settings stored = format.read(campaigns.get(code).settings());
        assertThat(stored.grades()).extracting(GradeBand::grade).containsExactly("达标", "不达标");
        assertThat(stored.vetoes()).singleElement().satisfies(veto -> {
            assertThat(veto.effect()).isEqualTo(Veto.Effect.ZERO_TOTAL);
            assertThat(veto.grade()).isNull();
        });
    }

    @Test
    void vetoedUnitsRankLastWhenTheOrganiserTicksItAndTheEditFormShowsItTicked() {
        String code = uniqueCode();
        Map<String, String> fields = fields(code);
        fields.put("vetoedLast", "true");
        fields.put("_vetoedLast", "on");
        assertThat(post("/campaigns", fields)).hasStatus3xxRedirection();

        assertThat(format.read(campaigns.get(code).settings()).vetoedLast()).isTrue();
        assertThat(mvc.get()
                        .uri("/campaigns/" + code + "/edit")
                        .with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("被一票否决的单位排在所有单位之后")
                .containsPattern("name=\"vetoedLast\"[^>]*checked");

        Map<String, String> unticked = fields(code);
        unticked.put("_vetoedLast", "on");
        unticked.put("version", String.valueOf(campaigns.get(code).version()));
        assertThat(post("/campaigns/" + code, unticked)).hasStatus3xxRedirection();
        assertThat(format.read(campaigns.get(code).settings()).vetoedLast()).isFalse();
    }

    @Test
    void refusedFieldsAreNamedBesideThemAndNothingIsStored() {
        String code = uniqueCode();
        Map<String, String> fields = fields(code);
        fields.put("periodStart", "2021-12-31");
        fields.put("periodEnd", "2021-01-01");
        fields.put("grades[2].name", "良好");
        fields.put("vetoes[0].grade", "较差");
        fields.put("vetoes[1].name", "低分否决");
        fields.put("vetoes[1].totalBelow", "1e3");
        fields.put("normaliseTo", "0");
        assertThat(post("/campaigns", fields))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("考评期间的结束日期早于开始日期")
                .contains("请填写最低分")
                .contains("“较差”不是上面的等次;“等次最高为”只能选已有的等次")
                .contains("不是普通小数:1e3")
                .contains("折算满分须大于 0")
                .contains("value=\"良好\"", "value=\"低分否决\"")
                .containsPattern(
                        "is-invalid[^>]*name=\"vetoes\\[0\\]\\.grade\"|name=\"vetoes\\[0\\]\\.grade\"[^>]*is-invalid")
                .containsPattern("is-invalid[^>]*name=\"periodEnd\"|name=\"periodEnd\"[^>]*is-invalid");
        assertThat(campaigns.find(code)).isEmpty();
    }

    @Test
    void aRuleTheRubricLacksIsRefusedAndStaysShownPickedByItsCode() {
        String code = uniqueCode();
        Map<String, String> fields = fields(code);
        fields.put("vetoes[0].rules", "FORM4|NOPE9");
        assertThat(post("/campaigns", fields))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("评分设置中的一票否决“第四种形态一票否决”引用了“NOPE9”")
                .contains("NOPE9(所选评价体系中没有这一条)")
                .containsPattern("value=\"NOPE9\"[^>]*checked|checked[^>]*value=\"NOPE9\"");
        assertThat(campaigns.find(code)).isEmpty();
    }

    @Test
    void theYamlModeSavesTheYamlAsTypedButNotAPeriod() {
        String code = uniqueCode();
        String yaml = "# 只设等次\ngrades: [{grade: 甲, min: 60}, {grade: 乙, min: 0}]\n";
        Map<String, String> fields = fields(code);
        fields.put("settingsMode", "yaml");
        fields.put("grades[0].name", "表单中的等次不用");
        fields.put("settings", yaml + "period: {start: 2021-01-01}\n");
        assertThat(post("/campaigns", fields))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("考评期间以上方“期间开始”“期间结束”为准,请从 YAML 中删去 period")
                .containsPattern("id=\"settings-yaml\"[^>]*open")
                .containsPattern("value=\"yaml\"[^>]*checked|checked[^>]*value=\"yaml\"");
        assertThat(campaigns.find(code)).isEmpty();

        fields.put("settings", yaml);
        assertThat(post("/campaigns", fields)).hasStatus3xxRedirection();
        assertThat(campaigns.get(code).settings()).isEqualTo(yaml);
    }
}
