package com.qinglian.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the responses that serve evidence. Every response carries the detected type (never one derived from
 * the name), {@code X-Content-Type-Options: nosniff} and a UTF-8 file name (RFC 6266 / RFC 5987). Downloads are
 * attachments; previews are inline only for PDF and images, and images are additionally sandboxed. Checking
 * that the user may see the file is the caller's job.
 */
@Component
public class EvidenceDownloads {

    /** Sent with inline images: the document may run nothing and has a unique origin. */
    public static final String SANDBOX = "sandbox";

    private final EvidenceStore store;

    public EvidenceDownloads(EvidenceStore store) {
        this.store = store;
    }

    /** The file as an attachment ("save as"), whatever its kind. */
    public ResponseEntity<Resource> download(AcceptedFile file) throws IOException {
        return response(file, ContentDisposition.attachment(), false);
    }

    /**
     * The file for showing in the page: inline for {@linkplain FileKind#previewable() PDF and images}, an
     * attachment for every other kind. Inline images get {@code Content-Security-Policy: sandbox}. Inline PDFs
     * do not: Chromium and Safari are reported to refuse to start their PDF viewers in a sandboxed document.
     * Their content is known to start as a PDF, and with nosniff a browser cannot take it for a page.
     */
    public ResponseEntity<Resource> preview(AcceptedFile file) throws IOException {
        return file.kind().previewable()
                ? response(file, ContentDisposition.inline(), file.kind().isImage())
                : download(file);
    }

    private ResponseEntity<Resource> response(
            AcceptedFile file, ContentDisposition.Builder disposition, boolean sandbox) throws IOException {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().mimeType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(file.downloadName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
        if (sandbox) {
            response.header("Content-Security-Policy", SANDBOX);
        }
        return response.body(new InputStreamResource(store.open(file.key())));
    }
}
