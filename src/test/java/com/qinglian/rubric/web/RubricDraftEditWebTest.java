package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organiser shapes a draft read from text on its page before publishing: names it, moves and deletes nodes,
 * corrects a rule's points. Every change is audited; bad input answers 422 and changes nothing; a published rubric
 * answers 409.
 */
@DatabaseTest
class RubricDraftEditWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RubricCatalog catalog;

    @Autowired
    RubricDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    private String path;

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
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(user("organiser").roles("ADMIN")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private StoredRubric stored(String at) {
        String[] parts = at.split("/");
        return catalog.find(parts[2], parts[3]).orElseThrow();
    }

    private String definition(String at) {
        String[] parts = at.split("/");
        return jdbc.sql("SELECT definition FROM rubric WHERE code = ? AND version = ?")
                .params(parts[2], parts[3])
                .query(String.class)
                .single();
    }

    @Test
    void aNodeMovesAmongItsSiblingsAndIsDeletedWithEverythingUnderIt() {
        RubricNode group = stored(path).rubric().nodes().get(0);
        assertThat(group.children()).extracting(RubricNode::code).containsExactly("A1", "A2");

        assertThat(post(path + "/nodes/A2/move", "direction", "up")).hasStatus3xxRedirection();
        assertThat(stored(path).rubric().nodes().get(0).children())
                .extracting(RubricNode::code)
                .containsExactly("A2", "A1");

        String before = definition(path);
        assertThat(post(path + "/nodes/A2/move", "direction", "up"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("已是同级第一项");
        assertThat(post(path + "/nodes/A2/move", "direction", "sideways")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(definition(path)).isEqualTo(before);

        // the group keeps its printed points: a total that no longer adds up is for the validator to name
        BigDecimal printed = stored(path).rubric().nodes().get(0).points();
        assertThat(post(path + "/nodes/A1/delete")).hasStatus3xxRedirection();
        assertThat(stored(path).rubric().node("A1")).isEmpty();
        assertThat(stored(path).rubric().node("A1.1")).isEmpty();
        assertThat(stored(path).rubric().nodes().get(0).children())
                .extracting(RubricNode::code)
                .containsExactly("A2");
        assertThat(stored(path).rubric().nodes().get(0).points()).isEqualByComparingTo(printed);
        assertThat(post(path + "/nodes/A1/delete")).hasStatus(HttpStatus.NOT_FOUND);

        String[] parts = path.split("/");
        assertThat(new AuditEntries(jdbc).actionsAbout("rubric", parts[2] + "/" + parts[3]))
                .filteredOn("UPDATE"::equals)
                .hasSize(2);
    }

    @Test
    void aRulesPointsAreCorrectedAndAFigureTheRuleCannotHaveIsRefused() {
        CaseRule rule = stored(path).rubric().negativeList().rules().get(0);

        assertThat(post(path + "/rules/" + rule.code() + "/edit", "perCase", "2", "fixed", "", "cap", "6"))
                .hasStatus3xxRedirection();
        CaseRule edited = stored(path).rubric().negativeList().rule(rule.code()).orElseThrow();
        assertThat(edited.perCase()).isEqualByComparingTo("2");
        assertThat(edited.fixed()).isNull();
        assertThat(edited.cap()).isEqualByComparingTo("6");

        String before = definition(path);
        assertThat(post(path + "/rules/" + rule.code() + "/edit", "perCase", "2", "fixed", "3"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("须填且只填一项");
        assertThat(post(path + "/rules/" + rule.code() + "/edit", "perCase", "-1"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(post(path + "/rules/NOPE/edit", "perCase", "1")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(definition(path)).isEqualTo(before);
    }

    @Test
    void theDraftIsNamedAndKeepsItsSourceAndDoubtsUnderItsNewName() {
        String code = "jd-" + UUID.randomUUID().toString().substring(0, 8);
        int doubts = drafts.review(path.split("/")[2], path.split("/")[3])
                .orElseThrow()
                .doubts()
                .size();

        MvcTestResult renamed = post(path + "/rename", "code", code, "version", "2026", "title", "某街道清廉站所评价标准(2026)");

        assertThat(renamed).hasStatus3xxRedirection();
        assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/rubrics/" + code + "/2026");
        String at = "/rubrics/" + code + "/2026";
        assertThat(stored(at).rubric().title()).isEqualTo("某街道清廉站所评价标准(2026)");
        assertThat(stored(at).isPublished()).isFalse();
        assertThat(drafts.review(code, "2026").orElseThrow().doubts()).hasSize(doubts);
        assertThat(catalog.find(path.split("/")[2], path.split("/")[3])).isEmpty();
        assertThat(mvc.get().uri(at).with(user("organiser").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("某街道清廉站所评价标准(2026)", "发布前命名");
    }

    @Test
    void theOrganisersConfirmedExpectationsMoveWithTheRenamedDraft() {
        assertThat(post(
                        path + "/expectations/A2.1",
                        "kind",
                        "COUNT",
                        "period",
                        "QUARTER",
                        "perPeriod",
                        "1",
                        "evidenceName",
                        "监督检查记录"))
                .hasStatus3xxRedirection();
        String code = "jd-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(post(path + "/rename", "code", code, "version", "1", "title", "某街道清廉站所评价标准"))
                .hasStatus3xxRedirection();

        assertThat(jdbc.sql("""
                        SELECT item_code || ' ' || kind || ' ' || period || ' ' || per_period FROM item_expectation
                         WHERE rubric_code = ? AND rubric_version = '1'
                        """).param(code).query(String.class).list()).containsExactly("A2.1 COUNT QUARTER 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_expectation WHERE rubric_code = ?")
                        .param(path.split("/")[2])
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aNameThatIsNoCodeOrIsTakenIsRefusedAndNothingIsRenamed() {
        String before = definition(path);

        assertThat(post(path + "/rename", "code", "含 空格", "version", "1", "title", "标题"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("不能作代码或版本");
        assertThat(post(path + "/rename", "code", "ouhai-clean-agency", "version", "2021", "title", "标题"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("已有代码与版本为 ouhai-clean-agency/2021 的评价体系");
        assertThat(post(path + "/rename", "code", "ok-code", "version", "1", "title", ""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(definition(path)).isEqualTo(before);
    }

    @Test
    void aPublishedRubricsStructureCannotChange() {
        assertThat(post("/rubrics/ouhai-clean-agency/2021/nodes/A1/delete")).hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/rubrics/ouhai-clean-agency/2021/nodes/A1/move", "direction", "down"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/rubrics/ouhai-clean-agency/2021/rename", "code", "x1", "version", "1", "title", "t"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(catalog.find("ouhai-clean-agency", "2021").orElseThrow().isPublished())
                .isTrue();
    }
}
