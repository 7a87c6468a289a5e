package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.evidence.internal.LocalEvidenceStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceIntakeTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    private LocalEvidenceStore store;
    private EvidenceIntake intake;

    @BeforeEach
    void setUp() throws IOException {
        store = new LocalEvidenceStore(dataDir.resolve("evidence"));
        intake = new EvidenceIntake(store, new FileTypeDetector(), dataDir.resolve("evidence-intake"), MB, 3 * MB);
    }

    @Test
    void storesAnAcceptedFileWithItsKindHashAndDisplayName() throws IOException {
        byte[] pdf = EvidenceSamples.pdf();
        AcceptedFile file = intake.accept("2024年度廉政谈话记录.pdf", EvidenceSamples.stream(pdf));

        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.displayName()).isEqualTo("2024年度廉政谈话记录.pdf");
        try (InputStream in = store.open(file.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void decidesByContentNotName() {
        assertThat(intake.accept("照片.pdf", EvidenceSamples.stream(EvidenceSamples.jpeg()))
                        .kind())
                .isEqualTo(FileKind.JPEG);
    }

    @Test
    void recognisesIdenticalReuploadsByHash() {
        byte[] workbook = EvidenceSamples.xls();
        AcceptedFile first = intake.accept("台账.xlsx", EvidenceSamples.stream(workbook));
        AcceptedFile again = intake.accept("台账(1).xls", EvidenceSamples.stream(workbook));
        AcceptedFile other = intake.accept("台账.xlsx", EvidenceSamples.stream(EvidenceSamples.ofd()));
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(other.sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void sanitizesTheDisplayName() {
        AcceptedFile file = intake.accept("../../etc/pass\u0000wd\n", EvidenceSamples.stream(EvidenceSamples.png()));
        assertThat(file.displayName()).isEqualTo("passwd");
        assertThat(file.key()).doesNotContain("passwd");
        assertThat(file.downloadName()).isEqualTo("passwd.png");
    }

    @Test
    void refusesAnExecutableRenamedPdfAndKeepsNothing() throws IOException {
        assertRefused("通知.pdf", EvidenceSamples.windowsExecutable(), Refusal.EXECUTABLE);
    }

    @Test
    void refusesHtmlAndSvgWithScript() throws IOException {
        assertRefused("报告.pdf", EvidenceSamples.htmlWithScript(), Refusal.MARKUP);
        assertRefused("logo.png", EvidenceSamples.svgWithScript(), Refusal.MARKUP);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused("空.docx", new byte[0], Refusal.EMPTY);
    }

    @Test
    void refusesAFileOverThePerFileLimit() throws IOException {
        assertRefused("大文件.pdf", EvidenceSamples.ofSize((int) MB + 1), Refusal.TOO_LARGE);
        assertThat(intake.accept("刚好.pdf", EvidenceSamples.stream(EvidenceSamples.ofSize((int) MB)))
                        .size())
                .isEqualTo(MB);
    }

    @Test
    void theTooLargeMessageNamesTheLimitInMegabytes() {
        assertThatThrownBy(() -> intake.accept("大.pdf", EvidenceSamples.stream(EvidenceSamples.ofSize((int) MB + 1))))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.args()).containsExactly(1L));
    }

    @Test
    void refusesAFileThatWouldTakeTheUnitPastItsTotal() throws IOException {
        byte[] halfMb = EvidenceSamples.ofSize((int) (MB / 2));
        assertThat(intake.acceptForUnit("a.pdf", EvidenceSamples.stream(halfMb), 2 * MB)
                        .size())
                .isEqualTo(MB / 2);
        assertRefusedForUnit(halfMb, 3 * MB - MB / 4, Refusal.UNIT_QUOTA);
        assertRefusedForUnit(halfMb, 3 * MB, Refusal.UNIT_QUOTA);
        assertRefusedForUnit(EvidenceSamples.ofSize((int) MB + 1), 0, Refusal.TOO_LARGE);
    }

    @Test
    void checksUnitRoomBeforeAnUpload() {
        intake.requireUnitRoom(2 * MB, MB);
        assertThatThrownBy(() -> intake.requireUnitRoom(2 * MB, MB + 1))
                .isInstanceOfSatisfying(EvidenceRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.UNIT_QUOTA);
                    assertThat(e.args()).containsExactly(3L);
                });
    }

    private void assertRefused(String name, byte[] content, Refusal reason) throws IOException {
        assertThatThrownBy(() -> intake.accept(name, EvidenceSamples.stream(content)))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(storedFiles()).isEmpty();
        assertThat(workFiles()).isEmpty();
    }

    private void assertRefusedForUnit(byte[] content, long used, Refusal reason) throws IOException {
        List<Path> before = storedFiles();
        assertThatThrownBy(() -> intake.acceptForUnit("b.pdf", EvidenceSamples.stream(content), used))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(workFiles()).isEmpty();
    }

    private List<Path> storedFiles() throws IOException {
        return regularFiles(store.root());
    }

    private List<Path> workFiles() throws IOException {
        return regularFiles(dataDir.resolve("evidence-intake"));
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
