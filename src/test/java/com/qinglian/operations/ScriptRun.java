package com.qinglian.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the operator's shell scripts under {@code scripts/} as a separate process, with the variables an
 * operator would set and none inherited from the build's environment, on this JVM's own class path (a checkout
 * has no jar before packaging) and with this JDK's {@code java} first on the PATH.
 */
final class ScriptRun {

    record Outcome(int exit, String output) {}

    private ScriptRun() {}

    static Outcome run(String script, Map<String, String> variables, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", Path.of("scripts", script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("QINGLIAN_") || k.startsWith("PG"));
        environment.put(
                "PATH",
                Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + environment.get("PATH"));
        environment.put("QINGLIAN_CLASSPATH", System.getProperty("java.class.path"));
        environment.putAll(variables);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish");
        }
        return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
