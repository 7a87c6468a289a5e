package com.qinglian.shared.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.anAuditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Requests Spring MVC itself refuses (a missing or mistyped parameter, a wrong method) answer a browser with a
 * Chinese page in the layout, and the API with an RFC 9457 problem; never raw JSON on a page, never a 500.
 */
@DatabaseTest
class FrameworkRefusalsWebTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aMistypedOrMissingParameterIsABadRequestPageInChinese() {
        for (String uri : new String[] {"/audit/checkpoints/receipt?id=abc", "/audit/checkpoints/receipt"}) {
            assertThat(mvc.get().uri(uri).with(user(anAuditor())).accept(MediaType.TEXT_HTML))
                    .as(uri)
                    .hasStatus(400)
                    .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .bodyText()
                    .contains("请求无效", "返回首页")
                    .doesNotContain("\"status\"", "??");
        }
    }

    @Test
    void aWrongMethodIsA405PageAndAWrongMediaTypeAProblemForTheApi() {
        assertThat(mvc.delete()
                        .uri("/units")
                        .with(user(anAdministrator()))
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .hasStatus(405)
                .bodyText()
                .contains("不支持的操作");
        assertThat(mvc.post()
                        .uri("/api/rubrics")
                        .with(user(anAdministrator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .accept(MediaType.APPLICATION_JSON))
                .hasStatus(415)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(415);
    }
}
