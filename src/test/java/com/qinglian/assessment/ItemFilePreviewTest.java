package com.qinglian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.evidence.FileKind;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The page offers a preview link exactly for the kinds the preview serves inline. */
class ItemFilePreviewTest {

    private static ItemFile of(FileKind kind) {
        return new ItemFile(1, "A1.1.1", "材料", kind.name(), kind.mimeType(), 10, "00", null, Instant.EPOCH, "lly-a01");
    }

    @Test
    void aTiffIsAnImageButOffersNoPreview() {
        assertThat(of(FileKind.TIFF).previewable()).isFalse();
        assertThat(of(FileKind.PNG).previewable()).isTrue();
    }

    @Test
    void everyKindAgreesWithWhatThePreviewServes() {
        assertThat(Arrays.stream(FileKind.values()))
                .allSatisfy(kind ->
                        assertThat(of(kind).previewable()).as(kind.name()).isEqualTo(kind.previewable()));
    }
}
