package com.qinglian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TOTP against the test vectors of RFC 6238 appendix B (SHA-1), and the window and replay rules. */
class TotpTest {

    // RFC 6238's SHA-1 seed: the ASCII string "12345678901234567890".
    private static final String SEED = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectorsCutToSixDigits() {
        // Appendix B gives eight digits; six digits are the last six of them.
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109L))))
                .isEqualTo("081804");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111111L))))
                .isEqualTo("050471");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890L))))
                .isEqualTo("005924");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000L))))
                .isEqualTo("279037");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(20000000000L))))
                .isEqualTo("353130");
    }

    @Test
    void base32RoundTrips() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.unbase32("mzxw 6ytb oi"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
    }

    @Test
    void acceptsOneStepEitherSideButNotTwoAndNeverTheSameStepTwice() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String secret = Totp.newSecret();
        assertThat(Totp.match(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step), now, step))
                .as("replayed")
                .isEmpty();
        assertThat(Totp.match(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.match(secret, null, now, 0)).isEmpty();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("清廉", "admin", "MZXW6YTBOI"))
                .startsWith("otpauth://totp/%E6%B8%85%E5%BB%89:admin?secret=MZXW6YTBOI&issuer=")
                .endsWith("&algorithm=SHA1&digits=6&period=30");
    }
}
