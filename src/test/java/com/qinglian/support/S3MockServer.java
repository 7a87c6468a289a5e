package com.qinglian.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real S3-protocol server for tests: Adobe's S3Mock, run from its executable jar (copied to
 * {@code target/s3mock} by the build) as a separate process, once per test JVM, stopped when the JVM exits.
 * Tests talk to its plain-HTTP port; its other port speaks TLS with a self-signed certificate.
 */
public final class S3MockServer {

    public static final String BUCKET = "qinglian-evidence";
    private static final Path JAR = Paths.get("target", "s3mock", "s3mock.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private static S3MockServer running;

    private final Process process;
    private final int httpPort;

    private S3MockServer(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized S3MockServer get() throws IOException, InterruptedException {
        if (running == null || !running.process.isAlive()) {
            running = start();
        }
        return running;
    }

    /** Endpoint for path-style access over plain HTTP, e.g. {@code http://127.0.0.1:40123}. */
    public String endpoint() {
        return "http://127.0.0.1:" + httpPort;
    }

    private static S3MockServer start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: run the tests through Maven, which copies S3Mock there");
        }
        Path root = Files.createDirectories(Paths.get("target", "s3mock", "data-" + UUID.randomUUID()));
        int tlsPort = freePort();
        int httpPort = freePort();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + tlsPort,
                        "--com.adobe.testing.s3mock.http-port=" + httpPort,
                        "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                        "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        S3MockServer server = new S3MockServer(process, httpPort);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with status " + process.exitValue());
            }
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroy();
        throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
