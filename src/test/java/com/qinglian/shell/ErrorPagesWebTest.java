package com.qinglian.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.security.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Error answers over real HTTP (MockMvc renders no error pages): unknown paths answer 404 and refused pages
 * 403, both as Chinese pages in the frame; an upload over the limit answers 413 as a page, a problem or a
 * sentence, depending on who asks.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesWebTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager())
            .build();

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String path) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(path, HTML).body());
        assertThat(token.find()).as("a form on " + path).isTrue();
        return token.group(1);
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf("/login");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        assertThat(location).doesNotContain("error");
        return location;
    }

    @Test
    void anUnknownAddressIsNotFoundForEveryoneAndARefusedPageIsForbidden() throws Exception {
        assertThat(get("/campaigns", HTML).statusCode())
                .as("a real page still leads to the sign-in")
                .isEqualTo(302);
        HttpResponse<String> unknown = get("/no-such-page", HTML);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .contains("<title>页面不存在</title>", "返回首页", "返回上一页")
                .doesNotContain("??");
        assertThat(get("/api/no-such-thing", "application/json").statusCode()).isEqualTo(404);

        String evaluator = SecurityFixtures.uniqueUsername("kp");
        var issued = accounts.create(new UserAccounts.NewUser(evaluator, "考评员", Role.EVALUATOR, null));
        assertThat(accounts.changePassword(evaluator, issued.password(), ShellScenario.PASSWORD))
                .isEmpty();
        assertThat(signIn(evaluator, ShellScenario.PASSWORD))
                .as("the unknown address asked for before is not where signing in leads")
                .doesNotContain("no-such-page");

        HttpResponse<String> refused = get("/users", HTML);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("<title>无权访问</title>", "side-menu", "返回首页", evaluator)
                .doesNotContain("??");
        HttpResponse<String> missing = get("/campaigns/nothing/here/at-all", HTML);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在", "side-menu").doesNotContain("??");
        assertThat(get("/actuator/prometheus", HTML).statusCode())
                .as("a mapped endpoint outside the rules stays refused")
                .isIn(403, 404);
    }

    @Test
    void anUploadOverTheLimitAnswers413InTheAskersTerms() throws Exception {
        signIn("admin", SecurityFixtures.ADMIN_PASSWORD);
        String token = csrf("/units/import");
        byte[] big = new byte[26 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');

        HttpResponse<String> page = upload("/units/import", token, big, HTML, false);
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body())
                .contains("<title>文件太大</title>", "25 MB", "side-menu")
                .doesNotContain("??");

        HttpResponse<String> api = upload("/api/rubrics", token, big, "application/json", false);
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":413", "\"title\":\"文件太大\"", "25 MB");

        HttpResponse<String> htmx = upload("/units/import", token, big, "*/*", true);
        assertThat(htmx.statusCode()).isEqualTo(413);
        assertThat(htmx.body()).startsWith("上传的内容超过 25 MB 的上限");

        HttpResponse<String> small = upload("/units/import", token, "x".getBytes(), HTML, false);
        assertThat(small.statusCode())
                .as("a small upload goes through to the import, which refuses it")
                .isEqualTo(422);
    }

    private HttpResponse<String> upload(String path, String token, byte[] file, String accept, boolean htmx)
            throws IOException, InterruptedException {
        String boundary = "----qinglian" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
