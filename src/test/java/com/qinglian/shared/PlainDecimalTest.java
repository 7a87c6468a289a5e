package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDecimalTest {

    @ParameterizedTest
    @CsvSource({
        "3,3",
        "-2.5,-2.5",
        "+0.75,0.75",
        "007,7",
        "2.500000000,2.5",
        ".5,0.5",
        "5.,5",
        "999999999999,999999999999"
    })
    void plainDecimalsAreRead(String text, String expected) {
        assertThat(PlainDecimal.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e1",
                "1E1",
                "1e999999999",
                "1e-999999999",
                "NaN",
                "Infinity",
                "1,000",
                "1 000",
                "--1",
                "1.2.3",
                "+",
                ".",
                "",
                "0x10",
                "١٢",
                "１２",
                "3.5x"
            })
    void anythingElseIsRefusedAsNotPlain(String text) {
        assertThatThrownBy(() -> PlainDecimal.parse(text))
                .isInstanceOf(PlainDecimal.Refused.class)
                .satisfies(e -> assertThat(((PlainDecimal.Refused) e).key())
                        .isIn("number.error.notPlain", "number.error.empty"));
    }

    @Test
    void boundsAreStatedAndEnforced() {
        PlainDecimal.Bounds score = new PlainDecimal.Bounds(3, 1);
        assertThat(PlainDecimal.parse("100.5", score)).isEqualByComparingTo("100.5");
        assertThatThrownBy(() -> PlainDecimal.parse("1000", score))
                .isInstanceOfSatisfying(PlainDecimal.Refused.class, e -> {
                    assertThat(e.key()).isEqualTo("number.error.tooManyDigits");
                    assertThat(e.args()).containsExactly("1000", 3);
                });
        assertThatThrownBy(() -> PlainDecimal.parse("0.25", score))
                .isInstanceOfSatisfying(
                        PlainDecimal.Refused.class, e -> assertThat(e.key()).isEqualTo("number.error.tooManyDecimals"));
        assertThatThrownBy(() -> PlainDecimal.parse("1234567890123"))
                .isInstanceOfSatisfying(
                        PlainDecimal.Refused.class, e -> assertThat(e.key()).isEqualTo("number.error.tooManyDigits"));
    }

    @Test
    void hugeTextIsRefusedWithoutReadingIt() {
        String megabyteOfZeros = "0".repeat(1_000_000) + "1";
        assertThatThrownBy(() -> PlainDecimal.parse(megabyteOfZeros))
                .isInstanceOfSatisfying(PlainDecimal.Refused.class, e -> {
                    assertThat(e.key()).isEqualTo("number.error.tooLong");
                    assertThat(e.args()).containsExactly(PlainDecimal.MAX_TEXT_LENGTH);
                });
    }

    @Test
    void everyRefusalKeyHasAMessageInBothLanguages() {
        for (String key : new String[] {
            "number.error.empty",
            "number.error.tooLong",
            "number.error.notPlain",
            "number.error.tooManyDigits",
            "number.error.tooManyDecimals"
        }) {
            assertThat(java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT)
                            .containsKey(key))
                    .as(key)
                    .isTrue();
            assertThat(java.util.ResourceBundle.getBundle("messages", java.util.Locale.ENGLISH)
                            .containsKey(key))
                    .as(key)
                    .isTrue();
        }
    }
}
