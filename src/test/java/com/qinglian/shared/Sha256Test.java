package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void pieceByPieceEqualsTheDigestOfTheJoinedText() {
        List<Object> values = List.of("瓯海区", 1, "𠮷x", "");
        String joined = "rubric/2021\n" + values + "\n" + List.of() + "\n";

        String streamed = Sha256.text()
                .append("rubric/2021\n")
                .appendAll(values)
                .append("\n")
                .appendAll(List.of())
                .append("\n")
                .hex();

        assertThat(streamed).isEqualTo(Sha256.hex(joined));
    }

    @Test
    void aSurrogatePairSplitAcrossPiecesIsEncodedAsOneCharacter() {
        String text = "𠮷";

        assertThat(Sha256.text()
                        .append(text.substring(0, 1))
                        .append(text.substring(1))
                        .hex())
                .isEqualTo(Sha256.hex(text));
    }

    @Test
    void knownDigestOfTheEmptyText() {
        assertThat(Sha256.text().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
