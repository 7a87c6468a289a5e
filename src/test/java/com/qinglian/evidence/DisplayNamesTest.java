package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void keepsAnOrdinaryChineseName() {
        assertThat(DisplayNames.sanitize("2024年廉政教育会议纪要.pdf")).isEqualTo("2024年廉政教育会议纪要.pdf");
    }

    @Test
    void dropsPathParts() {
        assertThat(DisplayNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DisplayNames.sanitize("C:\\Users\\张三\\Desktop\\台账.xlsx")).isEqualTo("台账.xlsx");
        assertThat(DisplayNames.sanitize("..\\..\\boot.ini")).isEqualTo("boot.ini");
    }

    @Test
    void dropsControlAndDirectionCharacters() {
        assertThat(DisplayNames.sanitize("../../etc/pass\u0000wd\r\n")).isEqualTo("passwd");
        assertThat(DisplayNames.sanitize("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
        assertThat(DisplayNames.sanitize("a\tb\u0007.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertThat(DisplayNames.sanitize(null)).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitize("")).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitize("../")).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitize("..")).isEqualTo(DisplayNames.FALLBACK);
        assertThat(DisplayNames.sanitize("\u0001\u0002")).isEqualTo(DisplayNames.FALLBACK);
    }

    @Test
    void limitsTheLengthWithoutSplittingCharactersAndKeepsTheExtension() {
        String shown = DisplayNames.sanitize("😀".repeat(300) + ".pdf");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DisplayNames.MAX_LENGTH);
        assertThat(shown).isEqualTo("😀".repeat(DisplayNames.MAX_LENGTH - 4) + ".pdf");
        assertThat(DisplayNames.sanitize("纪".repeat(250))).isEqualTo("纪".repeat(DisplayNames.MAX_LENGTH));
    }
}
