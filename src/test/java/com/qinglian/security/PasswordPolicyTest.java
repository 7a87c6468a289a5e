package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The password rules: length, three character classes, no user name inside. */
class PasswordPolicyTest {

    @Test
    void acceptsEightCharactersOfThreeClasses() {
        assertThat(PasswordPolicy.check("zhangsan", "Abcdefg1")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "abcdef1!")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "ABCDEF1!")).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", "Abcdefg!")).isEmpty();
    }

    @Test
    void refusesShortPasswordsWithTheLengthRuleOnly() {
        assertThat(PasswordPolicy.check("zhangsan", "Ab1!xyz")).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", "")).containsExactly("password.error.length");
        assertThat(PasswordPolicy.check("zhangsan", null)).containsExactly("password.error.length");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.check("zhangsan", "Ab1!".repeat(33))).contains("password.error.tooLong");
        assertThat(PasswordPolicy.check("zhangsan", "Ab1!".repeat(32))).isEmpty();
    }

    @Test
    void refusesFewerThanThreeClasses() {
        assertThat(PasswordPolicy.check("zhangsan", "abcdefgh")).containsExactly("password.error.classes");
        assertThat(PasswordPolicy.check("zhangsan", "abcdefg1")).containsExactly("password.error.classes");
        assertThat(PasswordPolicy.check("zhangsan", "ABCDEFGH")).containsExactly("password.error.classes");
        assertThat(PasswordPolicy.check("zhangsan", "12345678")).containsExactly("password.error.classes");
        assertThat(PasswordPolicy.check("zhangsan", "1234567!")).containsExactly("password.error.classes");
    }

    @Test
    void refusesPasswordsContainingTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.check("zhangsan", "Zhangsan-2024"))
                .containsExactly("password.error.containsUsername");
        assertThat(PasswordPolicy.check("zhangsan", "x1!ZHANGSAN")).containsExactly("password.error.containsUsername");
        assertThat(PasswordPolicy.check("ab", "ab-Cdefg1")).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(PasswordPolicy.check("zhangsan", "zhangsan1"))
                .containsExactlyInAnyOrder("password.error.classes", "password.error.containsUsername");
    }

    @RepeatedTest(200)
    void generatedPasswordsAlwaysPass() {
        String password = PasswordPolicy.generate();
        assertThat(password).hasSize(14);
        assertThat(PasswordPolicy.check(null, password)).isEmpty();
        assertThat(PasswordPolicy.check("zhangsan", password)).isEmpty();
    }
}
