package com.qinglian.support;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * MockMvc tests hand a session from request to request as a {@code MockHttpSession} object, which Spring
 * Session's filter cannot see (it reads the session cookie). So in MockMvc, and only there, requests are marked
 * as already filtered and keep the mock session. Everything that runs a real server (browser tests, the two-node
 * test) goes through the database sessions, as production does.
 */
@Component
class MockMvcContainerSessions implements MockMvcBuilderCustomizer {

    /** Spring Session's filter is a once-per-request filter that skips requests carrying this attribute. */
    static final String SESSION_FILTER_DONE = "org.springframework.session.web.http.SessionRepositoryFilter.FILTERED";

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(MockMvcRequestBuilders.get("/").requestAttr(SESSION_FILTER_DONE, Boolean.TRUE));
    }
}
