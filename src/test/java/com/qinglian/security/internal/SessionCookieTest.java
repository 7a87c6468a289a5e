package com.qinglian.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The session cookie Spring Session writes: {@code __Host-} prefixed over HTTPS, ordinary over plain HTTP. */
class SessionCookieTest {

    @Test
    void overHttpsTheCookieIsHostPrefixedSecureForTheWholeSite() {
        String header = written("https://qinglian.example.gov.cn");
        assertThat(header).startsWith("__Host-SESSION=").contains("Secure").contains("Path=/");
        assertThat(header).doesNotContain("Domain=");
    }

    @Test
    void overPlainHttpTheCookieKeepsItsOrdinaryName() {
        assertThat(written("")).startsWith("SESSION=").doesNotContain("__Host-");
        assertThat(written("http://localhost:8080")).startsWith("SESSION=");
    }

    private static String written(String publicUrl) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        new TransportConfiguration().sessionCookie(publicUrl).customize(serializer);
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }
}
