package com.qinglian.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.evidence.EvidenceSamples;
import com.qinglian.evidence.Refusal;
import com.qinglian.evidence.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalEvidenceStoreTest {

    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dataDir;

    private LocalEvidenceStore store;

    @BeforeEach
    void setUp() throws IOException {
        store = new LocalEvidenceStore(dataDir.resolve("evidence"));
    }

    @Test
    void storesUnderARandomKeyAndReadsBack() throws IOException {
        byte[] pdf = EvidenceSamples.pdf();
        StoredBlob blob = store.put(EvidenceSamples.stream(pdf), 1024 * 1024);

        assertThat(blob.key()).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
        String[] parts = blob.key().split("/");
        assertThat(parts[2]).startsWith(parts[0] + parts[1]);
        assertThat(blob.size()).isEqualTo(pdf.length);
        assertThat(store.exists(blob.key())).isTrue();
        assertThat(store.root().resolve(blob.key())).isRegularFile();
        try (InputStream in = store.open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void computesSha256WhileStoring() throws IOException {
        assertThat(store.put(EvidenceSamples.stream("abc".getBytes()), 10).sha256())
                .isEqualTo(SHA256_OF_ABC);
    }

    @Test
    void identicalContentHasTheSameHashUnderDifferentKeys() throws IOException {
        // One document, stored twice: two generated documents differ in their creation time stamps.
        byte[] document = EvidenceSamples.docx();
        StoredBlob first = store.put(EvidenceSamples.stream(document), 1024 * 1024);
        StoredBlob second = store.put(EvidenceSamples.stream(document), 1024 * 1024);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.key()).isNotEqualTo(first.key());
    }

    @Test
    void acceptsContentOfExactlyTheLimit() throws IOException {
        assertThat(store.put(EvidenceSamples.stream(new byte[100]), 100).size()).isEqualTo(100);
    }

    @Test
    void refusesOversizedContentAndLeavesNothingBehind() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.put(endless, 64 * 1024))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.TOO_LARGE));
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void deletesAndForgets() throws IOException {
        StoredBlob blob = store.put(EvidenceSamples.stream(EvidenceSamples.png()), 1024 * 1024);
        store.delete(blob.key());
        assertThat(store.exists(blob.key())).isFalse();
        assertThatThrownBy(() -> store.open(blob.key())).isInstanceOf(NoSuchFileException.class);
        store.delete(blob.key());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../x",
                "../evidence/ab/cd/x",
                "/etc/passwd",
                "ab/cd/../../../x",
                "",
                "ab/cd/0000000-0000-0000-0000-000000000000",
                "AB/CD/abcd0000-0000-0000-0000-000000000000",
                "ab/cd/abce0000-0000-0000-0000-000000000000",
                ".incoming/ab/abcd0000-0000-0000-0000-000000000000",
                "ab/cd/abcd0000-0000-0000-0000-000000000000/../../../../x",
                "ab\\cd\\abcd0000-0000-0000-0000-000000000000"
            })
    void refusesKeysItNeverHandsOut(String key) throws IOException {
        Files.writeString(dataDir.resolve("x"), "outside the store");
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dataDir.resolve("x")).exists();
    }

    @Test
    void refusesNullKeys() {
        assertThat(store.exists(null)).isFalse();
        assertThatThrownBy(() -> store.open(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
