package com.qinglian;

import static com.qinglian.security.SecurityFixtures.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.SignedInClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server in its own process with a 512 MB heap (and told to exit on running out of memory) takes the
 * hostile inputs that once exhausted the heap or answered 500: an alias bomb, a self-referencing alias and a
 * huge exponent in a rubric file, a workbook of 200,000 rows, a file name with a NUL byte. Every one is a 4xx,
 * and the server still answers afterwards.
 */
class LowMemoryServerIntegrationTest {

    private static Process server;
    private static Path log;
    private static int port;

    @BeforeAll
    static void startWithASmallHeap() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Files.createTempFile("qinglian-512m", ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                QinglianApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QINGLIAN_"));
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        SignedInClient probe = new SignedInClient(port);
        while (true) {
            assertThat(server.isAlive())
                    .as("the server started; its log:\n" + tail())
                    .isTrue();
            try {
                if (probe.get("/login").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(Instant.now()).as("started within three minutes").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Test
    void everyHostileInputIsRefusedWithA4xxAndTheServerLivesOn() throws Exception {
        SignedInClient admin = new SignedInClient(port).signIn("admin", ADMIN_PASSWORD);
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("alias bomb", admin.upload("/rubrics/import", "/rubrics/import", "file", "bomb.yaml", aliasBomb()));
        answers.put(
                "self-referencing alias",
                admin.upload(
                        "/rubrics/import",
                        "/rubrics/import",
                        "file",
                        "loop.yaml",
                        "a: &a [*a]\n".getBytes(StandardCharsets.UTF_8)));
        answers.put(
                "huge exponent",
                admin.upload(
                        "/rubrics/import",
                        "/rubrics/import",
                        "file",
                        "exp.yaml",
                        ("code: x\nversion: '1'\ntitle: t\ntotal: 1e999999999\nnodes: []\n")
                                .getBytes(StandardCharsets.UTF_8)));
        answers.put(
                "200,000 rows",
                admin.upload("/units/import", "/units/import", "file", "units.xlsx", manyRows(200_000)));
        answers.put(
                "NUL in the file name",
                admin.upload("/units/import", "/units/import", "file", "units\u0000.xlsx", manyRows(2)));

        answers.forEach((input, answer) -> assertThat(answer.statusCode())
                .as(input + ": "
                        + answer.body().substring(0, Math.min(300, answer.body().length())))
                .isBetween(400, 499));
        assertThat(server.isAlive()).as("still running; its log:\n" + tail()).isTrue();
        assertThat(admin.get("/units").statusCode()).isEqualTo(200);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
    }

    /** Ten levels of ten aliases each: 10^10 scalars once expanded, in under a kilobyte. */
    private static byte[] aliasBomb() {
        StringBuilder yaml = new StringBuilder(
                "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                refs.add("*a" + (level - 1));
            }
            yaml.append("a")
                    .append(level)
                    .append(": &a")
                    .append(level)
                    .append(" [")
                    .append(String.join(",", refs))
                    .append("]\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manyRows(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("单位");
            Row head = sheet.createRow(0);
            String[] headers = {"单位代码", "单位名称", "类型", "上级单位代码", "排名分组", "联系人", "联系电话", "联系邮箱", "状态"};
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("LM" + r);
                row.createCell(1).setCellValue("单位" + r);
                row.createCell(2).setCellValue("机关");
                row.createCell(8).setCellValue("启用");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
