package com.qinglian.rubric.web;

import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static com.qinglian.rubric.RubricFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The rubric pages as a browser-less user sees them: the table, import, publish and who may do what. */
@DatabaseTest
class RubricPagesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RubricCatalog catalog;

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static Rubric uniqueSmallRubric() {
        return withVersion(smallRubric(), "w" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void anyoneCanReadTheListAndThePublishedTable() {
        assertThat(mvc.get().uri("/rubrics"))
                .hasStatusOk()
                .bodyText()
                .contains("瓯海区清廉机关(站所)建设评价体系", "ouhai-clean-agency", "已发布");

        assertThat(mvc.get().uri("/rubrics/ouhai-clean-agency/2021"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "一级指标",
                        "二级指标",
                        "内容与要求",
                        "共性评价指标",
                        "(65分)",
                        "政治清明",
                        "(20分)",
                        "严明政治纪律和政治规矩",
                        "1.严格执行《中国共产党纪律处分条例》",
                        "负面清单",
                        "-20分/例",
                        "id=\"rubric-total\">100<");
    }

    @Test
    void theTableMergesTheSideCellsLikeThePublishedPage() throws Exception {
        String html = mvc.get()
                .uri("/rubrics/ouhai-clean-agency/2021")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("rowspan=\"49\"[^>]*data-node=\"A\"");
        assertThat(html).containsPattern("rowspan=\"17\"[^>]*data-node=\"A1\"");
        assertThat(html).containsPattern("rowspan=\"18\" colspan=\"2\"[^>]*data-node=\"B\"");
        assertThat(html.split("data-item=\"", -1)).hasSize(68);
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        assertThat(mvc.get().uri("/rubrics/ouhai-clean-agency/2021?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Content and requirements", "Negative list");
    }

    @Test
    void unknownRubricIsA404Page() {
        assertThat(mvc.get().uri("/rubrics/nope/1")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void downloadsYamlThatReadsBackAsTheSameRubric() throws Exception {
        var result = mvc.get()
                .uri("/rubrics/ouhai-clean-agency/2021/download?format=yaml")
                .exchange();
        assertThat(result).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        Rubric back = RubricYaml.read(result.getResponse().getContentAsByteArray());
        assertThat(back)
                .isEqualTo(
                        catalog.find("ouhai-clean-agency", "2021").orElseThrow().rubric());
    }

    @Test
    void anonymousUsersCannotImport() {
        byte[] content = RubricYaml.write(uniqueSmallRubric()).getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.get().uri("/rubrics/import"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(file("r.yaml", content))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(catalog.list())
                .noneMatch(r -> r.code().equals("small") && r.title().equals("never"));
    }

    @Test
    void importWithoutCsrfTokenIsRefused() {
        Rubric rubric = uniqueSmallRubric();
        byte[] content = RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8);
        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(file("r.yaml", content))
                        .with(user("admin").roles("ADMIN")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(catalog.find(rubric.code(), rubric.version())).isEmpty();
    }

    @Test
    void adminImportsADraftAndPublishesIt() {
        Rubric rubric = uniqueSmallRubric();
        byte[] content = RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8);

        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(file("anything.txt", content))
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/rubrics/small/" + rubric.version());
        assertThat(mvc.get()
                        .uri("/rubrics/small/" + rubric.version())
                        .with(user("admin").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("小型测试体系", "草稿", "发布");

        assertThat(mvc.post()
                        .uri("/rubrics/small/" + rubric.version() + "/publish")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(catalog.find("small", rubric.version()).orElseThrow().isPublished())
                .isTrue();
        assertThat(mvc.post()
                        .uri("/rubrics/small/" + rubric.version() + "/publish")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aBadFileShowsEveryProblemAndStoresNothing() {
        Rubric rubric = uniqueSmallRubric();
        String broken =
                RubricYaml.write(rubric).replace("points: 3.5", "points: 三分").replace("code: A1.1.2", "code: A1.1.1");
        int before = catalog.list().size();

        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(file("bad.yaml", broken.getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("“bad.yaml”未导入", "B1.1 / points", "“points”应为数字,实际为“三分”");
        assertThat(catalog.list()).hasSize(before);
    }

    @Test
    void aBinaryFileIsRefusedWithAClearMessage() {
        byte[] exe = {'M', 'Z', 0, 0, 3, 0, 0, 0};
        assertThat(mvc.post()
                        .uri("/rubrics/import")
                        .multipart()
                        .file(file("rubric.yaml", exe))
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("无法识别的文件类型");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        var result = mvc.get().uri("/rubrics").exchange();
        assertThat(result).hasHeader("X-Content-Type-Options", "nosniff").hasHeader("X-Frame-Options", "DENY");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
    }
}
