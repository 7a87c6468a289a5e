package com.qinglian.rubric.web;

import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static com.qinglian.rubric.RubricFixtures.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The JSON API under /api/rubrics and its OpenAPI description. */
@DatabaseTest
class RubricApiWebTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsRubrics() {
        assertThat(mvc.get().uri("/api/rubrics").accept(MediaType.APPLICATION_JSON))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.code == 'ouhai-clean-agency')].itemCount")
                .asArray()
                .containsExactly(67);
    }

    @Test
    void returnsTheWholeTree() {
        var json = assertThat(mvc.get().uri("/api/rubrics/ouhai-clean-agency/2021"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").asNumber().isEqualTo(100);
        json.extractingPath("$.nodes[0].title").isEqualTo("共性评价指标");
        json.extractingPath("$.nodes[0].children[0].children[0].children[0].rule.type")
                .isEqualTo("manual");
        json.extractingPath("$.negativeList.rules[3].perCase").asNumber().isEqualTo(20);
    }

    @Test
    void unknownRubricIs404() {
        assertThat(mvc.get().uri("/api/rubrics/none/1")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void importAnswers201WithTheSummary() {
        Rubric rubric =
                withVersion(smallRubric(), "api" + UUID.randomUUID().toString().substring(0, 8));
        MockMultipartFile file = new MockMultipartFile(
                "file", "r.yaml", "application/yaml", RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8));
        var result = assertThat(mvc.post()
                .uri("/api/rubrics")
                .multipart()
                .file(file)
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));
        result.hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/rubrics/small/" + rubric.version());
        result.bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void anImportWithAWarningSucceedsAndListsIt() {
        String version = "warn" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                format: qinglian-rubric/1
                code: warned
                version: "%s"
                title: 印刷分值不符的体系
                total: 5
                printedTotals: sum
                nodes:
                  - code: A
                    level: group
                    title: 共性
                    points: 5
                    children:
                      - {code: A.1, level: item, text: 甲, points: 4}
                """.formatted(version);
        MockMultipartFile file =
                new MockMultipartFile("file", "r.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        var result = assertThat(mvc.post()
                .uri("/api/rubrics")
                .multipart()
                .file(file)
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));
        result.hasStatus(HttpStatus.CREATED);
        var json = result.bodyJson();
        json.extractingPath("$.code").isEqualTo("warned");
        json.extractingPath("$.status").isEqualTo("DRAFT");
        json.extractingPath("$.warnings[0].location").isEqualTo("A");
        json.extractingPath("$.warnings[0].code").isEqualTo("rubric.warning.printedTotal");
        json.extractingPath("$.warnings[0].message").asString().contains("5", "4", "sum");
    }

    @Test
    void aBadImportIsAProblemDetailListingEveryError() {
        MockMultipartFile file = new MockMultipartFile(
                "file", "r.yaml", "application/yaml", "code: x\n".getBytes(StandardCharsets.UTF_8));
        var json = assertThat(mvc.post()
                        .uri("/api/rubrics")
                        .multipart()
                        .file(file)
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson();
        json.extractingPath("$.title").isEqualTo("评价体系未导入");
        json.extractingPath("$.errors[*].code").asArray().contains("rubric.error.missing");
        json.extractingPath("$.errors[*].location").asArray().contains("version", "title", "total", "nodes");
    }

    @Test
    void importNeedsAnAdministrator() {
        MockMultipartFile file = new MockMultipartFile("file", "r.yaml", "application/yaml", new byte[] {1});
        assertThat(mvc.post()
                        .uri("/api/rubrics")
                        .multipart()
                        .file(file)
                        .with(user("leader").roles("LEADER"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void openApiDescribesTheRubricApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/rubrics/{code}/{version}", "Qinglian");
    }

    @Test
    void healthIsUp() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
    }
}
