package com.qinglian.evidence;

import java.util.List;
import java.util.Locale;

/**
 * The evidence file types Qinglian accepts, decided from the content by {@link FileTypeDetector}. Each kind
 * knows the MIME type it is served with, the file name extensions that match it, and whether browsers may
 * show it inline. WPS Office files (.wps, .et, .dps) are stored in the Word, Excel and PowerPoint 97-2003
 * formats and are recognised as those kinds.
 */
public enum FileKind {
    PDF("PDF 文档", "application/pdf", true, "pdf"),
    OFD("OFD 版式文档", "application/ofd", false, "ofd"),
    DOCX("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    DOC("Word 97-2003 文档", "application/msword", false, "doc", "wps"),
    XLSX("Excel 工作簿", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    XLS("Excel 97-2003 工作簿", "application/vnd.ms-excel", false, "xls", "et"),
    PPTX("PowerPoint 演示文稿", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
    PPT("PowerPoint 97-2003 演示文稿", "application/vnd.ms-powerpoint", false, "ppt", "dps"),
    JPEG("JPEG 图片", "image/jpeg", true, "jpg", "jpeg"),
    PNG("PNG 图片", "image/png", true, "png"),
    GIF("GIF 图片", "image/gif", true, "gif"),
    BMP("BMP 图片", "image/bmp", true, "bmp"),
    WEBP("WebP 图片", "image/webp", true, "webp"),
    TIFF("TIFF 图片", "image/tiff", false, "tif", "tiff");

    private final String label;
    private final String mimeType;
    private final boolean previewable;
    private final List<String> extensions;

    FileKind(String label, String mimeType, boolean previewable, String... extensions) {
        this.label = label;
        this.mimeType = mimeType;
        this.previewable = previewable;
        this.extensions = List.of(extensions);
    }

    /** The Chinese name shown to users, e.g. "Word 文档". */
    public String label() {
        return label;
    }

    /** The MIME type downloads are served with. */
    public String mimeType() {
        return mimeType;
    }

    /** Whether browsers can show it in the page (PDF and common images); everything else is only downloaded. */
    public boolean previewable() {
        return previewable;
    }

    /** Lower-case extensions without the dot; the first one is added to download names that lack a matching one. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return mimeType.startsWith("image/");
    }

    /** Whether the file name already ends with one of this kind's extensions (case-insensitive). */
    public boolean matchesExtension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot >= 0 && extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
