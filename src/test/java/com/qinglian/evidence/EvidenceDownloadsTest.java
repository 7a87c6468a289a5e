package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.evidence.internal.LocalEvidenceStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class EvidenceDownloadsTest {

    @TempDir
    Path dataDir;

    private EvidenceIntake intake;
    private EvidenceDownloads downloads;

    @BeforeEach
    void setUp() throws IOException {
        LocalEvidenceStore store = new LocalEvidenceStore(dataDir.resolve("evidence"));
        intake = new EvidenceIntake(store, new FileTypeDetector(), dataDir.resolve("work"), 1 << 20, 1 << 22);
        downloads = new EvidenceDownloads(store);
    }

    @Test
    void downloadsAreAttachmentsOfTheDetectedTypeWithoutSniffing() throws IOException {
        byte[] docx = EvidenceSamples.docx();
        AcceptedFile file = intake.accept("会议纪要.pdf", EvidenceSamples.stream(docx));

        ResponseEntity<Resource> response = downloads.download(file);

        HttpHeaders headers = response.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.parseMediaType(FileKind.DOCX.mimeType()));
        assertThat(headers.getContentLength()).isEqualTo(docx.length);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getContentDisposition().isAttachment()).isTrue();
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("会议纪要.pdf.docx");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''%E4%BC%9A%E8%AE%AE");
        try (InputStream in = response.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
    }

    @Test
    void previewsImagesInlineInASandbox() throws IOException {
        AcceptedFile file = intake.accept("现场照片.png", EvidenceSamples.stream(EvidenceSamples.png()));

        HttpHeaders headers = downloads.preview(file).getHeaders();

        assertThat(headers.getContentDisposition().isInline()).isTrue();
        assertThat(headers.getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void previewsPdfInline() throws IOException {
        AcceptedFile file = intake.accept("通报.pdf", EvidenceSamples.stream(EvidenceSamples.pdf()));

        HttpHeaders headers = downloads.preview(file).getHeaders();

        assertThat(headers.getContentDisposition().isInline()).isTrue();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void neverPreviewsOtherKinds() throws IOException {
        for (byte[] content : new byte[][] {EvidenceSamples.docx(), EvidenceSamples.ofd(), EvidenceSamples.tiff()}) {
            AcceptedFile file = intake.accept("材料", EvidenceSamples.stream(content));
            HttpHeaders headers = downloads.preview(file).getHeaders();
            assertThat(headers.getContentDisposition().isAttachment())
                    .as(file.kind().name())
                    .isTrue();
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
