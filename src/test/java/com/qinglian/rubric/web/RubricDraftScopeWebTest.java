package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.rubric.DraftDoubt;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricNode;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organiser says on the draft page which units a node applies to (by type, tag, unit code) and how it scores,
 * instead of editing the YAML: the change is stored with the node's other terms, audited, and shown in words; bad
 * input answers 422 naming the field, a published rubric 409, and a mode that does not fit the node's children is
 * the validator's to name before publishing.
 */
@DatabaseTest
class RubricDraftScopeWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RubricCatalog catalog;

    @Autowired
    RubricDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    private String path;
    private String code;
    private String version;

    @BeforeEach
    void aDraftReadFromText() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/rubric-text/with-mistakes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MvcTestResult imported = mvc.post()
                .uri("/rubrics/import")
                .multipart()
                .param("text", text)
                .with(user("organiser").roles("ADMIN"))
                .with(csrf())
                .exchange();
        assertThat(imported).hasStatus3xxRedirection();
        path = imported.getResponse().getRedirectedUrl();
        code = path.split("/")[2];
        version = path.split("/")[3];
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(user("organiser").roles("ADMIN")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private RubricNode node(String nodeCode) {
        return catalog.find(code, version).orElseThrow().rubric().node(nodeCode).orElseThrow();
    }

    private String definition() {
        return jdbc.sql("SELECT definition FROM rubric WHERE code = ? AND version = ?")
                .params(code, version)
                .query(String.class)
                .single();
    }

    @Test
    void typesTagsAndModeAreStoredWithTheNodesOtherTermsAuditedAndShownInWords() {
        RubricNode before = node("A1");

        assertThat(post(
                        path + "/nodes/A1/scope",
                        "types",
                        "agency",
                        "tags",
                        "沿河单位、窗口单位",
                        "units",
                        "",
                        "mode",
                        "additive"))
                .hasStatus3xxRedirection();
        assertThat(post(path + "/nodes/A/scope", "tags", "", "units", "", "mode", "variant"))
                .hasStatus3xxRedirection();

        RubricNode scoped = node("A1");
        assertThat(scoped.appliesTo()).containsExactly("agency");
        assertThat(scoped.terms().appliesToTags()).containsExactlyInAnyOrder("沿河单位", "窗口单位");
        assertThat(scoped.terms().appliesToUnits()).isEmpty();
        assertThat(scoped.mode()).isEqualTo(NodeMode.ADDITIVE);
        assertThat(scoped.title()).isEqualTo(before.title());
        assertThat(scoped.points()).isEqualByComparingTo(before.points());
        assertThat(scoped.children()).isEqualTo(before.children());
        assertThat(node("A").mode()).isEqualTo(NodeMode.VARIANT);

        assertThat(new AuditEntries(jdbc).about("rubric", code + "/" + version))
                .filteredOn(r -> "UPDATE".equals(r.action()))
                .extracting(AuditEntries.Row::afterJson)
                .hasSize(2)
                .allSatisfy(after -> assertThat(after).contains("scope"))
                .anySatisfy(after -> assertThat(after).contains("A1"));

        assertThat(mvc.get().uri(path).with(user("organiser").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("适用:标签 沿河单位、窗口单位", "个性指标:各单位按本单位的指标块计分", "适用与计分");

        // the form shows what is stored, and clearing it makes the node apply to every unit again
        assertThat(post(path + "/nodes/A1/scope", "tags", "", "units", "JG-001", "mode", "additive"))
                .hasStatus3xxRedirection();
        assertThat(node("A1").appliesTo()).isEmpty();
        assertThat(node("A1").terms().appliesToTags()).isEmpty();
        assertThat(node("A1").terms().appliesToUnits()).containsExactly("JG-001");
    }

    @Test
    void aBadTagCodeTypeOrModeIsRefusedNamingItAndNothingChanges() {
        String before = definition();

        assertThat(post(path + "/nodes/A1/scope", "tags", "沿河单位 沿河/单位", "mode", "additive"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("适用标签“沿河/单位”不合规");
        assertThat(post(path + "/nodes/A1/scope", "units", "-JG", "mode", "additive"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("适用单位代码“-JG”不合规");
        assertThat(post(path + "/nodes/A1/scope", "types", "school", "mode", "deduct"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("适用单位类型“school”不存在");
        assertThat(post(path + "/nodes/A1/scope", "mode", "sum"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("计分方式“sum”不存在");
        assertThat(post(path + "/nodes/A1.1/scope", "mode", "additive"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("评分项本身不设适用范围与计分方式");
        assertThat(post(path + "/nodes/Z9/scope", "mode", "additive")).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(definition()).isEqualTo(before);
    }

    @Test
    void aDeductNodeWithoutDeductionItemsIsStoredAndNamedBeforePublishing() {
        assertThat(post(path + "/nodes/A1/scope", "mode", "deduct")).hasStatus3xxRedirection();
        assertThat(node("A1").mode()).isEqualTo(NodeMode.DEDUCT);
        assertThat(mvc.get().uri(path).with(user("organiser").roles("ADMIN"))).hasStatusOk();

        for (DraftDoubt doubt : drafts.review(code, version).orElseThrow().doubts()) {
            drafts.settle(code, version, doubt.number(), "照录", "organiser");
        }
        assertThat(post(path + "/publish"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("扣分制指标“A1”的下级只能是扣分规则细则");
        assertThat(catalog.find(code, version).orElseThrow().isPublished()).isFalse();
    }

    @Test
    void aPublishedRubricsScopeCannotChange() {
        assertThat(post("/rubrics/ouhai-clean-agency/2021/nodes/A1/scope", "mode", "variant"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(catalog.find("ouhai-clean-agency", "2021")
                        .orElseThrow()
                        .rubric()
                        .node("A1")
                        .orElseThrow()
                        .mode())
                .isNotEqualTo(NodeMode.VARIANT);
    }
}
