package com.qinglian.rubric;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Reads an uploaded rubric file, deciding YAML, Excel, Word or copied text by its content, never by its name. */
public final class RubricFiles {

    /** YAML lines start with a field name and a colon; a copied page starts with its title. */
    private static final Pattern YAML_FIELD = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*:(\\s|$)");

    private RubricFiles() {}

    public record Parsed(Rubric rubric, RubricOrigin origin) {}

    /** How an upload is read: as a rubric in our formats (YAML, Excel), or as a draft from Word or copied text. */
    public enum Kind {
        YAML_OR_EXCEL,
        WORD,
        TEXT
    }

    /**
     * What an upload is, by its content: a zip holding {@code word/} parts or an OLE2 file holding a Word stream is
     * Word (old .doc is refused by the Word reader with its own message); other zips and OLE2 files are Excel; text
     * whose first meaningful line is a YAML field is YAML; other text is copied text.
     */
    public static Kind kind(byte[] content) {
        if (content == null || content.length < 4) {
            return Kind.YAML_OR_EXCEL;
        }
        if (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipHoldsWord(content) ? Kind.WORD : Kind.YAML_OR_EXCEL;
        }
        if (isOle2(content)) {
            return ole2HoldsWord(content) ? Kind.WORD : Kind.YAML_OR_EXCEL;
        }
        if (looksBinary(content)) {
            return Kind.YAML_OR_EXCEL;
        }
        String text = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n|\r|\n")) {
            String trimmed = line.strip().replace("\uFEFF", "");
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
                continue;
            }
            return YAML_FIELD.matcher(trimmed).find() ? Kind.YAML_OR_EXCEL : Kind.TEXT;
        }
        return Kind.YAML_OR_EXCEL;
    }

    /**
     * Whether a zip names a Word body part. Names are stored uncompressed in the zip's headers, so they are found
     * without inflating anything (an entry inflated to look would be a zip bomb's chance).
     */
    private static boolean zipHoldsWord(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains("word/document.xml");
    }

    private static boolean ole2HoldsWord(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("WordDocument");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isOle2(byte[] content) {
        return content[0] == (byte) 0xD0
                && content[1] == (byte) 0xCF
                && content[2] == 0x11
                && content[3] == (byte) 0xE0;
    }

    /** Parses and validates; throws {@link RubricInvalidException} with every problem found. */
    public static Parsed parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.emptyFile"));
        }
        boolean zip =
                content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        // An OLE2 container is an old .xls or a password-protected .xlsx: the Excel reader says which.
        boolean ole2 = content.length >= 4
                && content[0] == (byte) 0xD0
                && content[1] == (byte) 0xCF
                && content[2] == 0x11
                && content[3] == (byte) 0xE0;
        if (zip || ole2) {
            return new Parsed(RubricValidator.requireValid(RubricExcel.read(content)), RubricOrigin.EXCEL);
        }
        if (looksBinary(content)) {
            throw new RubricInvalidException(RubricProblem.of("", "rubric.error.unknownFileType"));
        }
        return new Parsed(RubricValidator.requireValid(RubricYaml.read(content)), RubricOrigin.YAML);
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
