package com.qinglian.evidence;

/**
 * Turns an uploaded file name into a name fit for display: the last path segment only, without control or
 * bidirectional-formatting characters, at most {@value #MAX_LENGTH} characters. The result is never used as a
 * path.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 200;

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
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return cleaned;
    }

    private static boolean isShown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
