package com.qinglian.rubric;

/** Reads an uploaded rubric file, deciding YAML or Excel by its content, never by its name. */
public final class RubricFiles {

    private RubricFiles() {}

    public record Parsed(Rubric rubric, RubricOrigin origin) {}

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
