package com.qinglian.scoring.cli;

/** A refused input file, naming the file and, where known, the line and column. */
final class CliException extends RuntimeException {

    CliException(String file, int line, String column, String message) {
        super(locate(file, line, column) + message);
    }

    private static String locate(String file, int line, String column) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", line ").append(line);
        }
        if (column != null) {
            out.append(", column ").append(column);
        }
        return out.append(": ").toString();
    }
}
