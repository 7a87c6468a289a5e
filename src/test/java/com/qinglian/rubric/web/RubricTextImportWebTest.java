package com.qinglian.rubric.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.rubric.DraftDoubt;
import com.qinglian.rubric.DraftReview;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricDrafts;
import com.qinglian.rubric.RubricOrigin;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.RubricWordFixtures;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Rubrics from Word and copied text through the import page: a draft with its source and doubts, settled, published. */
@DatabaseTest
class RubricTextImportWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RubricCatalog catalog;

    @Autowired
    RubricDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    private static String withMistakes() throws IOException {
        try (InputStream in = RubricTextImportWebTest.class.getResourceAsStream("/rubric-text/with-mistakes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private MvcTestResult importText(String text) {
        return mvc.post()
                .uri("/rubrics/import")
                .multipart()
                .param("text", text)
                .with(user("organiser").roles("ADMIN"))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult importFile(String name, byte[] content) {
        return mvc.post()
                .uri("/rubrics/import")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(user("organiser").roles("ADMIN"))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(user("organiser").roles("ADMIN")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** The draft's page path ("/rubrics/imported-3/1"), from the redirect after an import. */
    private static String draftPath(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        return result.getResponse().getRedirectedUrl();
    }

    private StoredRubric stored(String path) {
        String[] parts = path.split("/");
        return catalog.find(parts[2], parts[3]).orElseThrow();
    }

    private DraftReview review(String path) {
        String[] parts = path.split("/");
        return drafts.review(parts[2], parts[3]).orElseThrow();
    }

    private int storedCounts() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM rubric) + (SELECT COUNT(*) FROM rubric_draft_source)"
                        + " + (SELECT COUNT(*) FROM rubric_draft_doubt)")
                .query(Integer.class)
                .single();
    }

    @Test
    void pastedTextBecomesADraftShownBesideItsSourceWithEveryDoubt() throws Exception {
        String path = draftPath(importText(withMistakes()));
        assertThat(path).matches("/rubrics/imported(-\\d+)?/1");

        StoredRubric draft = stored(path);
        assertThat(draft.isPublished()).isFalse();
        assertThat(draft.origin()).isEqualTo(RubricOrigin.TEXT);
        assertThat(draft.rubric().title()).isEqualTo("某街道清廉站所评价标准");
        DraftReview review = review(path);
        assertThat(review.sourceLines()).startsWith("某街道清廉站所评价标准", "一级指标");
        assertThat(review.linesOf("A1.1").label()).isEqualTo("8");
        assertThat(review.doubts())
                .extracting(d ->
                        d.number() + " " + d.doubt().kind() + " " + d.doubt().node() + " "
                                + d.doubt().args() + " @" + d.doubt().lines().label())
                .containsExactly(
                        "1 TOTAL_MISMATCH A [20, 15] @6–14",
                        "2 TOTAL_MISMATCH A1 [5, 4] @7–10",
                        "3 TYPO A1.1 [截止到, 截至] @8",
                        "4 ITEM_WITHOUT_POINTS A1.2 [] @9",
                        "5 DEDUCTION_WITHOUT_UNIT NEG1 [(-2分)] @16");
        assertThat(review.doubts()).noneMatch(DraftDoubt::isSettled);

        String html = mvc.get()
                .uri(path)
                .with(user("organiser").roles("ADMIN"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("存疑之处(共 5 处,待确认 5 处)", "“截止到”疑为“截至”之误,照录未改", "标明的分值 20 分与下级合计 15 分不符")
                .contains("id=\"L8\"", "1.截止到年底完成制度汇编;(4分)")
                .containsPattern("id=\"node-A1\\.1\"[\\s\\S]*?href=\"#L8\"[^>]*data-from=\"8\"")
                .containsPattern("href=\"#node-A1\\.2\"");
        String id = path.substring("/rubrics/".length());
        assertThat(new AuditEntries(jdbc).about("rubric", id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("IMPORT"))
                .satisfies(e -> assertThat(e.afterJson()).contains("\"origin\":\"TEXT\"", "\"doubts\":5"));
    }

    @Test
    void aWordFileIsReadByItsContentWhateverItsName() throws Exception {
        String path = draftPath(importFile("rubric.bin", RubricWordFixtures.rubricWithDoubtsDocx()));
        assertThat(stored(path).origin()).isEqualTo(RubricOrigin.WORD);
        assertThat(review(path).doubts())
                .extracting(d -> d.doubt().kind().name())
                .containsExactly("TYPO", "DEDUCTION_WITHOUT_UNIT");
        assertThat(mvc.get().uri(path).with(user("organiser").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("某街道清廉站所评价表", "原文", "读出的评价体系", "被通报批评(-2分)");
    }

    @Test
    void refusedInputGetsItsMessageAnd422AndStoresNothing() throws Exception {
        int before = storedCounts();
        assertThat(importText("关于开展清廉机关建设的通知\n各单位：\n请认真组织学习，按时报送材料。\n"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("粘贴的文字未导入", "文本中找不到评价体系的结构");
        assertThat(importFile("rubric.docx", RubricWordFixtures.asDocm(RubricWordFixtures.rubricDocx())))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("“rubric.docx”未导入", "该 Word 文件含有宏");
        assertThat(importFile("notes.txt", "某体系\n一级指标\n没有分值的一行\n".getBytes(StandardCharsets.UTF_8)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "r.docx", "application/octet-stream", RubricWordFixtures.rubricDocx()))
                        .param("text", "某体系")
                        .with(user("organiser").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("请只上传文件或只粘贴文字");
        assertThat(importText("   "))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("请选择文件或粘贴评价体系文字");
        assertThat(storedCounts()).isEqualTo(before);
    }

    @Test
    void aDoubtIsSettledWithANoteOnlyAndOnce() throws Exception {
        String path = draftPath(importText(withMistakes()));
        String id = path.substring("/rubrics/".length());
        int auditBefore = new AuditEntries(jdbc).about("rubric", id).size();

        assertThat(post(path + "/doubts/3/settle", "note", "  "))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("请写明如何确认这一存疑之处");
        assertThat(review(path).doubts().get(2).isSettled()).isFalse();

        assertThat(post(path + "/doubts/3/settle", "note", "照录"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo(path + "#doubt-3");
        DraftDoubt settled = review(path).doubts().get(2);
        assertThat(settled.isSettled()).isTrue();
        assertThat(settled.doubt().note()).isEqualTo("照录");
        assertThat(settled.doubt().settledBy()).isEqualTo("organiser");
        assertThat(settled.settledAt()).isNotNull();
        assertThat(review(path).openDoubts()).isEqualTo(4);
        List<AuditEntries.Row> audit = new AuditEntries(jdbc).about("rubric", id);
        assertThat(audit).hasSize(auditBefore + 1);
        assertThat(audit.get(audit.size() - 1).afterJson()).contains("\"note\":\"照录\"", "\"kind\":\"TYPO\"");

        assertThat(post(path + "/doubts/3/settle", "note", "再次")).hasStatus(HttpStatus.CONFLICT);
        assertThat(review(path).doubts().get(2).doubt().note()).isEqualTo("照录");
        assertThat(post(path + "/doubts/99/settle", "note", "照录")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(path).with(user("organiser").roles("ADMIN")))
                .bodyText()
                .contains("待确认 4 处", "organiser 于", "照录");
    }

    @Test
    void aNodesWordsAndPointsAreEditedAndBadPointsRefused() throws Exception {
        String path = draftPath(importText(withMistakes()));
        String before = stored(path).rubric().toString();
        for (String bad : new String[] {"abc", "-1", "1.234", "", "1e400", "1e2", "12345678"}) {
            assertThat(post(path + "/nodes/A1.2/edit", "words", "开展廉政教育。", "points", bad))
                    .as(bad)
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                    .bodyText()
                    .contains("请填写不小于 0 的数字");
        }
        assertThat(post(path + "/nodes/A1.2/edit", "words", " ", "points", "1"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("文字不能为空");
        assertThat(post(path + "/nodes/Z9/edit", "words", "x", "points", "1")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(stored(path).rubric().toString()).isEqualTo(before);

        assertThat(post(path + "/nodes/A1.2/edit", "words", "开展廉政教育活动。", "points", "1"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo(path + "#node-A1.2");
        var node = stored(path).rubric().node("A1.2").orElseThrow();
        assertThat(node.text()).isEqualTo("开展廉政教育活动。");
        assertThat(node.points()).isEqualByComparingTo("1");
        String id = path.substring("/rubrics/".length());
        assertThat(new AuditEntries(jdbc).about("rubric", id))
                .last()
                .satisfies(e -> assertThat(e.action()).isEqualTo("UPDATE"))
                .satisfies(e -> assertThat(e.beforeJson()).contains("\"points\":\"0\"", "开展廉政教育。"))
                .satisfies(e -> assertThat(e.afterJson()).contains("\"points\":\"1\"", "开展廉政教育活动。"));
        assertThat(jdbc.sql("SELECT label FROM rubric_node n JOIN rubric r ON r.id = n.rubric_id"
                                + " WHERE r.code = ? AND r.version = ? AND n.code = 'A1.2'")
                        .params(stored(path).rubric().code(), "1")
                        .query(String.class)
                        .single())
                .contains("开展廉政教育活动。");
    }

    @Test
    void publishingIsRefusedWhileADoubtIsOpenOrTheDraftIsInvalidAndAllowedAfter() throws Exception {
        String path = draftPath(importText(withMistakes()));
        assertThat(post(path + "/publish"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("还有 5 处存疑未确认,不能发布");
        for (int n = 1; n <= 4; n++) {
            assertThat(post(path + "/doubts/" + n + "/settle", "note", "已核对")).hasStatus3xxRedirection();
        }
        assertThat(post(path + "/publish")).bodyText().contains("还有 1 处存疑未确认");
        assertThat(post(path + "/doubts/5/settle", "note", "按一次性扣 2 分")).hasStatus3xxRedirection();

        // every doubt settled; the totals that do not add up are kept as printed under the declared printedTotals:
        // sum, so only a real error refuses: points off the step
        assertThat(stored(path).rubric().terms().printedTotals()).isEqualTo(PrintedTotal.SUM);
        assertThat(post(path + "/nodes/A1.2/edit", "words", "开展廉政教育。", "points", "0.3"))
                .hasStatus3xxRedirection();
        assertThat(post(path + "/publish"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("A1.2");
        assertThat(stored(path).isPublished()).isFalse();

        assertThat(post(path + "/nodes/A1.2/edit", "words", "开展廉政教育。", "points", "1"))
                .hasStatus3xxRedirection();
        assertThat(post(path + "/publish")).hasStatus3xxRedirection();
        StoredRubric published = stored(path);
        assertThat(published.isPublished()).isTrue();
        assertThat(published.rubric().total()).isEqualByComparingTo("20");
        assertThat(RubricValidator.warnings(published.rubric()))
                .extracting(RubricProblem::location)
                .containsExactly("A");
        assertThat(post(path + "/nodes/A/edit", "words", "廉洁建设", "points", "20"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(post(path + "/doubts/1/settle", "note", "x")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void onlyAnAdministratorSeesOrChangesADraftAndAGetChangesNothing() throws Exception {
        String path = draftPath(importText(withMistakes()));
        for (String role : new String[] {"EVALUATOR", "LEADER", "AUDITOR", "REPORTER"}) {
            assertThat(mvc.post()
                            .uri(path + "/doubts/1/settle")
                            .param("note", "照录")
                            .with(user("someone").roles(role))
                            .with(csrf()))
                    .as(role)
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(path + "/nodes/A1.2/edit")
                            .param("words", "x")
                            .param("points", "1")
                            .with(user("someone").roles(role))
                            .with(csrf()))
                    .as(role)
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(path).with(user("someone").roles(role)))
                    .as(role)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.post().uri(path + "/doubts/1/settle").param("note", "照录").with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");

        String definition = stored(path).rubric().toString();
        assertThat(mvc.get().uri(path).with(user("organiser").roles("ADMIN"))).hasStatusOk();
        assertThat(mvc.get()
                        .uri(path + "/doubts/1/settle?note=照录")
                        .with(user("organiser").roles("ADMIN")))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(mvc.get()
                        .uri(path + "/nodes/A1.2/edit?words=x&points=1")
                        .with(user("organiser").roles("ADMIN")))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(review(path).openDoubts()).isEqualTo(5);
        assertThat(stored(path).rubric().toString()).isEqualTo(definition);
    }
}
