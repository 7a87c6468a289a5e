package com.qinglian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.DatabaseTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Static files come from /css, /js and /webjars only: a page's web jar links carry their versions and are served,
 * the application's own files are served, and nothing else is looked up as a static file.
 */
@DatabaseTest
class StaticResourcesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePagesStylesAndScriptsAreServedWithTheirWebJarVersions() throws Exception {
        String page = mvc.get().uri("/login").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher bootstrap = Pattern.compile("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css")
                .matcher(page);
        Matcher htmx =
                Pattern.compile("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js").matcher(page);
        assertThat(bootstrap.find()).as("bootstrap with its version").isTrue();
        assertThat(htmx.find()).as("htmx with its version").isTrue();

        assertThat(mvc.get().uri(bootstrap.group())).hasStatusOk();
        assertThat(mvc.get().uri(htmx.group())).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/css/qinglian.css")).hasStatusOk();
        assertThat(mvc.get().uri("/js/autosave.js")).hasStatusOk();
        assertThat(mvc.get().uri("/js/no-such-file.js")).hasStatus(404);
        assertThat(page).contains("href=\"/css/qinglian.css\"");
    }
}
