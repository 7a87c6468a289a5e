package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The password rules of ASVS 2.1: length, the list of common passwords, no user name inside, no composition rules. */
class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharactersWithoutAnyCompositionRule() {
        assertThat(PasswordPolicy.check("zhangsan", "correcthorse")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "CORRECTHORSE")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "739164820573")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "a quiet river")).isEmpty();
    }

    @Test
    void acceptsUnicodeAndCountsCodePointsNotBytes() {
        assertThat(PasswordPolicy.check("zhangsan", "清风正气廉洁奉公守正创新")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "清风正气廉洁奉公守正创")).containsExactly("password.error.length");
        // Eleven characters outside the Basic Multilingual Plane are 22 chars in Java, still too short.
        assertThat(PasswordPolicy.check("zhangsan", "𠀀".repeat(11))).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", "𠀀".repeat(12))).isEmpty();
    }

    @Test
    void refusesShortPasswordsWithTheLengthRuleOnly() {
        assertThat(PasswordPolicy.check("zhangsan", "Password1")).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", "Abcdefghij1")).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", "")).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", null)).containsExactly("password.error.length");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.check("zhangsan", "Ab1!".repeat(32) + "x")).contains("password.error.tooLong");
        assertThat(PasswordPolicy.check("zhangsan", "Ab1!".repeat(32))).isEmpty();
    }

    @Test
    void refusesPasswordsOnTheShippedListInAnyCase() {
        assertThat(PasswordPolicy.commonListSize()).isGreaterThan(40_000);
        assertThat(PasswordPolicy.check("zhangsan", "1qaz2wsx3edc")).containsExactly("password.error.common");
        assertThat(PasswordPolicy.check("zhangsan", "1QAZ2WSX3EDC")).containsExactly("password.error.common");
        assertThat(PasswordPolicy.isCommon("Password1")).isTrue();
        assertThat(PasswordPolicy.isCommon("qinglian-demo-2021")).isFalse();
    }

    @Test
    void refusesPasswordsContainingTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.check("zhangsan", "Zhangsan-2024-x"))
                .containsExactly("password.error.containsUsername");
        assertThat(PasswordPolicy.check("zhangsan", "x1!ZHANGSAN-abc"))
                .containsExactly("password.error.containsUsername");
        assertThat(PasswordPolicy.check("ab", "ab-Cdefg1-xyz")).isEmpty();
    }

    @RepeatedTest(100)
    void generatedPasswordsAlwaysPass() {
        String password = PasswordPolicy.generate();
        assertThat(password).hasSize(16);
        assertThat(PasswordPolicy.check(null, password)).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", password)).isEmpty();
    }
}
