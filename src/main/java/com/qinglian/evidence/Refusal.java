package com.qinglian.evidence;

/** Why an evidence file was refused. Each reason is a key of the message files ({@code evidence.error.*}). */
public enum Refusal {
    /** The file has no content. */
    EMPTY("evidence.error.empty"),
    /** Larger than the per-file limit; argument: the limit in MB. */
    TOO_LARGE("evidence.error.tooLarge"),
    /** The unit's evidence would exceed its total; argument: the limit in MB. */
    UNIT_QUOTA("evidence.error.unitQuota"),
    /** Not one of the accepted {@link FileKind}s. */
    UNKNOWN_TYPE("evidence.error.unknownType"),
    /** A program or script (Windows, Linux or macOS executable, or a {@code #!} script). */
    EXECUTABLE("evidence.error.executable"),
    /** HTML, XML or SVG, which a browser could run as a page. */
    MARKUP("evidence.error.markup"),
    /** A zip (or other archive) that is not an Office or OFD document. */
    ARCHIVE("evidence.error.archive"),
    /** A zip with entries outside its root ({@code ../} or absolute names), or too many entries. */
    UNSAFE_ARCHIVE("evidence.error.unsafeArchive"),
    /** An Office document with macros (VBA). */
    MACROS("evidence.error.macros"),
    /** A password-protected Office document, which evaluators could not open. */
    ENCRYPTED("evidence.error.encrypted"),
    /** The content claims a known type but its structure cannot be read. */
    DAMAGED("evidence.error.damaged");

    private final String messageKey;

    Refusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
