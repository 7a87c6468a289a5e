package com.qinglian.shared.web;

import static com.qinglian.security.SecurityFixtures.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.SignedInClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads as the real server parses them (a mock request skips the multipart parser): a file name with a
 * NUL byte is a 400 with a Chinese page, never a 500.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileUploadIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aFileNameWithANulByteIsABadRequestNotAServerError() throws Exception {
        SignedInClient admin = new SignedInClient(port).signIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> answer = admin.upload(
                "/units/import",
                "/units/import",
                "file",
                "units\u0000.xlsx",
                "PK not really a workbook".getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("??").containsPattern("[\\u4e00-\\u9fff]");
    }
}
