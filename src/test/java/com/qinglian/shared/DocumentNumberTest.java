package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    private static final String OFFICIAL = "瓯纪〔2025〕7号";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "瓯纪[2025]7号",
                "瓯纪（2025）7号",
                "瓯纪(2025)7号",
                "瓯纪【2025】7号",
                "瓯纪［２０２５］７号",
                "瓯纪﹝2025﹞7号",
                "  瓯纪〔2025〕7号 ",
                "\u00A0瓯纪〔2025〕7号\u3000",
                "瓯纪 〔2025〕 7号",
                "瓯纪\t〔2025〕7号\n"
            })
    void spellingsOfOneDocumentAreTheSame(String spelling) {
        assertThat(DocumentNumber.same(OFFICIAL, spelling)).isTrue();
        assertThat(DocumentNumber.key(spelling)).isEqualTo(OFFICIAL);
        assertThat(DocumentNumber.looksLikeOne(spelling)).isTrue();
    }

    @Test
    void differentDocumentsStayDifferent() {
        assertThat(DocumentNumber.same(OFFICIAL, "瓯纪〔2025〕17号")).isFalse();
        assertThat(DocumentNumber.same(OFFICIAL, "瓯纪〔2024〕7号")).isFalse();
        assertThat(DocumentNumber.same(OFFICIAL, "瓯组〔2025〕7号")).isFalse();
        assertThat(DocumentNumber.same("", " ")).isFalse();
        assertThat(DocumentNumber.same(null, null)).isFalse();
    }

    @Test
    void latinLettersCompareWithoutCase() {
        assertThat(DocumentNumber.same("ABC〔2025〕1号", "ａｂｃ[2025]1号")).isTrue();
    }

    @Test
    void notesAreNotDocumentNumbers() {
        assertThat(DocumentNumber.looksLikeOne("2021年度万人双评议")).isFalse();
        assertThat(DocumentNumber.looksLikeOne("谈话提醒, 一人")).isFalse();
        assertThat(DocumentNumber.looksLikeOne(null)).isFalse();
    }

    @Test
    void tidyTrimsEveryKindOfSpaceButKeepsTheSpelling() {
        assertThat(DocumentNumber.tidy("\u3000瓯纪［2025］7号\u00A0 ")).isEqualTo("瓯纪［2025］7号");
        assertThat(DocumentNumber.tidy("瓯纪 \u00A0 〔2025〕7号")).isEqualTo("瓯纪 〔2025〕7号");
        assertThat(DocumentNumber.tidy(" \u3000 ")).isNull();
        assertThat(DocumentNumber.tidy(null)).isNull();
    }
}
