package com.qinglian.evidence;

/**
 * Turns an uploaded file name into a name fit for display: the last path segment only, without control or
 * bidirectional-formatting characters, at most {@value #MAX_LENGTH} characters. The result is never used as a
 * path.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 200;

    private static final int MAX_EXTENSION = 10;

    /** Shown when nothing usable is left of the original name. */
    public static final String FALLBACK = "佐证材料";

    private DisplayNames() {}

    public static String sanitize(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints().filter(DisplayNames::isShown).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        cleaned = cleaned.strip();
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    /** Cuts the name to the maximum length, keeping a short extension so the type stays visible. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int baseLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, baseLength)).strip() + extension;
    }

    private static boolean isShown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
