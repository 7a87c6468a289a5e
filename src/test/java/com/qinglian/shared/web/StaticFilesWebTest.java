package com.qinglian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Static files are served from the css and js folders and the webjars only (a narrower mapping than every path, so
 * that rendering a page's links does not look each one up on the class path), and pages still link to the
 * webjars by their version.
 */
@DatabaseTest
class StaticFilesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void cssJsAndWebjarsAreServedAndPagesLinkWebjarsByVersion() {
        assertThat(mvc.get().uri("/css/shell.css"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.valueOf("text/css"));
        assertThat(mvc.get().uri("/js/dashboard.js")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/bootstrap/dist/css/bootstrap.min.css"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/login")).bodyText().containsPattern("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/");
    }
}
