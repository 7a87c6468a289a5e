package com.qinglian.rubric;

import com.qinglian.rubric.internal.text.TextRubricReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a rubric from text copied out of a web page or a PDF: a table flattened into lines, merged cells
 * repeated, "(N分)" at the end of items, indicator totals on lines of their own, then the negative list.
 * The result is a draft with every doubt listed; nothing in the text is corrected.
 */
public final class RubricText {

    /** Larger texts are refused before they are read. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static final int MAX_LINES = 20_000;

    private RubricText() {}

    /** Reads UTF-8 text (a byte-order mark is allowed); throws {@link RubricInvalidException} when it is not a rubric. */
    public static ImportedDraft read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        if (content.length > MAX_BYTES) {
            throw new RubricInvalidException(
                    RubricProblem.of("", "rubric.error.fileTooLarge", MAX_BYTES / 1024 / 1024));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return read(text);
        } catch (CharacterCodingException e) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.notUtf8"));
        }
    }

    public static ImportedDraft read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.controlCharacters"));
        }
        List<String> lines = Arrays.asList(body.split("\r\n|\r|\n", -1));
        if (lines.size() > MAX_LINES) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.text.tooManyLines", MAX_LINES));
        }
        return TextRubricReader.read(lines, TextRubricReader.numbered(lines), RubricOrigin.TEXT);
    }
}
