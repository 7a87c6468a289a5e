package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileTypeDetectorTest {

    @TempDir
    Path dir;

    private final FileTypeDetector detector = new FileTypeDetector();

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("pdf", (Supplier<byte[]>) EvidenceSamples::pdf, FileKind.PDF),
                Arguments.of("pdf after junk", (Supplier<byte[]>) EvidenceSamples::pdfAfterJunk, FileKind.PDF),
                Arguments.of("png", (Supplier<byte[]>) EvidenceSamples::png, FileKind.PNG),
                Arguments.of("jpeg", (Supplier<byte[]>) EvidenceSamples::jpeg, FileKind.JPEG),
                Arguments.of("gif", (Supplier<byte[]>) EvidenceSamples::gif, FileKind.GIF),
                Arguments.of("bmp", (Supplier<byte[]>) EvidenceSamples::bmp, FileKind.BMP),
                Arguments.of("webp", (Supplier<byte[]>) EvidenceSamples::webp, FileKind.WEBP),
                Arguments.of("tiff", (Supplier<byte[]>) EvidenceSamples::tiff, FileKind.TIFF),
                Arguments.of("docx", (Supplier<byte[]>) EvidenceSamples::docx, FileKind.DOCX),
                Arguments.of("xlsx", (Supplier<byte[]>) EvidenceSamples::xlsx, FileKind.XLSX),
                Arguments.of("pptx", (Supplier<byte[]>) EvidenceSamples::pptx, FileKind.PPTX),
                Arguments.of("doc", (Supplier<byte[]>) EvidenceSamples::doc, FileKind.DOC),
                Arguments.of("xls", (Supplier<byte[]>) EvidenceSamples::xls, FileKind.XLS),
                Arguments.of("ppt", (Supplier<byte[]>) EvidenceSamples::ppt, FileKind.PPT),
                Arguments.of("ofd", (Supplier<byte[]>) EvidenceSamples::ofd, FileKind.OFD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void recognisesAcceptedKindsByContent(String name, Supplier<byte[]> sample, FileKind kind) throws IOException {
        assertThat(detector.detect(write("upload.bin", sample.get()))).isEqualTo(kind);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty", (Supplier<byte[]>) () -> new byte[0], Refusal.EMPTY),
                Arguments.of(
                        "exe renamed .pdf", (Supplier<byte[]>) EvidenceSamples::windowsExecutable, Refusal.EXECUTABLE),
                Arguments.of("elf", (Supplier<byte[]>) EvidenceSamples::linuxExecutable, Refusal.EXECUTABLE),
                Arguments.of("shell script", (Supplier<byte[]>) EvidenceSamples::shellScript, Refusal.EXECUTABLE),
                Arguments.of("html with script", (Supplier<byte[]>) EvidenceSamples::htmlWithScript, Refusal.MARKUP),
                Arguments.of("html after BOM", (Supplier<byte[]>) EvidenceSamples::htmlAfterBom, Refusal.MARKUP),
                Arguments.of("html in UTF-16", (Supplier<byte[]>) EvidenceSamples::htmlInUtf16, Refusal.MARKUP),
                Arguments.of("svg with script", (Supplier<byte[]>) EvidenceSamples::svgWithScript, Refusal.MARKUP),
                Arguments.of("html then pdf", (Supplier<byte[]>) EvidenceSamples::htmlThenPdf, Refusal.MARKUP),
                Arguments.of("plain text", (Supplier<byte[]>) EvidenceSamples::plainText, Refusal.UNKNOWN_TYPE),
                Arguments.of("plain zip", (Supplier<byte[]>) EvidenceSamples::plainZip, Refusal.ARCHIVE),
                Arguments.of("zip slip", (Supplier<byte[]>) EvidenceSamples::zipSlip, Refusal.UNSAFE_ARCHIVE),
                Arguments.of(
                        "absolute zip entry",
                        (Supplier<byte[]>) EvidenceSamples::zipWithAbsoluteName,
                        Refusal.UNSAFE_ARCHIVE),
                Arguments.of("docm", (Supplier<byte[]>) EvidenceSamples::docxWithMacros, Refusal.MACROS),
                Arguments.of(
                        "encrypted office", (Supplier<byte[]>) EvidenceSamples::encryptedOffice, Refusal.ENCRYPTED),
                Arguments.of("foreign OLE2", (Supplier<byte[]>) EvidenceSamples::foreignOle2, Refusal.UNKNOWN_TYPE),
                Arguments.of("damaged zip", (Supplier<byte[]>) EvidenceSamples::damagedZip, Refusal.DAMAGED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAReason(String name, Supplier<byte[]> sample, Refusal reason) throws IOException {
        Path file = write("evidence.pdf", sample.get());
        assertThatThrownBy(() -> detector.detect(file)).isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.messageKey()).startsWith("evidence.error.");
        });
    }

    @Test
    void theNameNeverDecides() throws IOException {
        assertThat(detector.detect(write("scan.docx", EvidenceSamples.png()))).isEqualTo(FileKind.PNG);
        assertThat(detector.detect(write("minutes.pdf", EvidenceSamples.xlsx())))
                .isEqualTo(FileKind.XLSX);
    }

    @Test
    void limitsTheNumberOfZipEntries() throws IOException {
        Path file = write("many.ofd", EvidenceSamples.zipWithEntries(20));
        assertThat(new FileTypeDetector(20).detect(file)).isEqualTo(FileKind.OFD);
        assertThatThrownBy(() -> new FileTypeDetector(19).detect(file))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.UNSAFE_ARCHIVE));
    }

    @Test
    void neverExtractsZipEntries() throws IOException {
        Path upload = Files.createDirectories(dir.resolve("a/b")).resolve("slip.zip");
        Files.write(upload, EvidenceSamples.zipSlip());
        assertThatThrownBy(() -> detector.detect(upload)).isInstanceOf(EvidenceRejectedException.class);
        assertThat(dir.resolve("a/evil")).doesNotExist();
        assertThat(dir.resolve("evil")).doesNotExist();
    }

    @Test
    void judgesZipEntryNames() {
        assertThat(FileTypeDetector.isSafeEntryName("word/document.xml")).isTrue();
        assertThat(FileTypeDetector.isSafeEntryName("Doc_0/..hidden/x")).isTrue();
        assertThat(FileTypeDetector.isSafeEntryName("../evil")).isFalse();
        assertThat(FileTypeDetector.isSafeEntryName("word/../../evil")).isFalse();
        assertThat(FileTypeDetector.isSafeEntryName("..\\evil")).isFalse();
        assertThat(FileTypeDetector.isSafeEntryName("/etc/passwd")).isFalse();
        assertThat(FileTypeDetector.isSafeEntryName("\\\\server\\share")).isFalse();
        assertThat(FileTypeDetector.isSafeEntryName("C:/Windows/evil.dll")).isFalse();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
