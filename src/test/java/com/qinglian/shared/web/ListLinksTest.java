package com.qinglian.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.shared.ListQuery;
import com.qinglian.shared.SortKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** List links keep the other parameters, encoded so that they come back as they were typed. */
class ListLinksTest {

    private static final SortKeys<String> KEYS = SortKeys.of("code", "code").and("name", "name");

    private final ListLinks links = new ListLinks();

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSortLinkKeepsTheFilterDropsThePageAndTurnsTheDirectionRound() {
        MockHttpServletRequest request = get("/units");
        request.addParameter("q", "财政 a+b&c=d");
        request.addParameter("type", "AGENCY");
        request.addParameter("page", "3");
        request.addParameter("sort", "name");
        ListQuery current = ListQuery.of("财政", "name", "asc", "3", null, KEYS);

        assertThat(links.sort("name", current))
                .isEqualTo("/units?q=%E8%B4%A2%E6%94%BF%20a%2Bb%26c%3Dd&type=AGENCY&sort=name&dir=desc");
        assertThat(links.sort("code", current)).endsWith("&sort=code&dir=asc");
        assertThat(links.page(4)).isEqualTo("/units?q=%E8%B4%A2%E6%94%BF%20a%2Bb%26c%3Dd&type=AGENCY&sort=name&page=4");
    }

    @Test
    void aRefusedFormPostKeepsOnlyItsAddressParameters() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/campaigns/c1/inspections");
        request.setQueryString("unit=A1&bad=%ZZ");
        request.addParameter("unit", "A1");
        request.addParameter("findings", "typed into the form");
        request.addParameter("_csrf", "secret");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(links.page(2)).isEqualTo("/campaigns/c1/inspections?unit=A1&page=2");
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
