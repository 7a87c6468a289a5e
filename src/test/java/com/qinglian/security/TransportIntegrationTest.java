package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real server over raw sockets: a forged Host header never comes back in a redirect, a client that
 * sends its headers too slowly is cut off.
 */
@Tag("db")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.connection-timeout=2s"})
@ActiveProfiles("test")
class TransportIntegrationTest {

    @LocalServerPort
    int port;

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aForgedHostHeaderIsNeverReflectedInARedirect() throws IOException {
        for (String path : new String[] {"/users", "/campaigns", "/account"}) {
            String response = exchange("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(response).startsWith("HTTP/1.1 302");
            assertThat(response).as(path).containsIgnoringCase("\r\nLocation: /login\r\n");
            assertThat(response).doesNotContain("evil.example");
        }
    }

    @Test
    void aClientThatSendsItsHeadersTooSlowlyIsCutOff() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /login HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Instant start = Instant.now();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // drain whatever the server says (a 400, or nothing) until it closes the connection
            }
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
        }
    }
}
