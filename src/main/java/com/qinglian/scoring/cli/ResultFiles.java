package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.ScoringResult;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Writes the result in the format its name asks for, next to the target first, so a failure never leaves half a file. */
final class ResultFiles {

    private ResultFiles() {}

    /** Writes the result; explanation lines carry their kind's words in the messages' language. */
    static void writeAtomically(Path target, Rubric rubric, ScoringResult result, CliMessages messages)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        // not Files.createTempFile: its owner-only permissions would stay on the result
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream stream = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xlsx")) {
                    XlsxResultWriter.write(rubric, result, messages, stream);
                } else if (name.endsWith(".json")) {
                    try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                        JsonResultWriter.write(rubric, result, messages, writer);
                    }
                } else {
                    try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                        writer.write('\uFEFF');
                        CsvResultWriter.write(result, writer);
                    }
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
