package com.qinglian.security;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.security.internal.SecondFactorRepository;
import com.qinglian.shared.KeyRing;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: TOTP from any authenticator app, with one-time recovery codes. Required for
 * administrators and auditors when {@code QINGLIAN_MFA=required} (the default), offered to everyone.
 * Secrets are stored encrypted (AES-GCM, key derived from the application's secret key); recovery codes only
 * as hashes. Wrong codes are counted: from the fifth in a row on, codes are refused for a growing delay.
 */
@Service
public class SecondFactors {

    /** Whether privileged roles must have a second factor. */
    public enum Mode {
        REQUIRED,
        OPTIONAL
    }

    public static final String ISSUER = "清廉评价";
    static final int RECOVERY_CODES = 10;
    private static final int FREE_ATTEMPTS = 5;
    private static final String ENTITY = "user";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository repository;
    private final KeyRing keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final Mode mode;

    SecondFactors(
            SecondFactorRepository repository,
            KeyRing keys,
            AuditTrail audit,
            Clock clock,
            @Value("${qinglian.security.mfa:required}") String mode,
            @Value("${QINGLIAN_MFA:}") String explicitMode,
            @Value("${qinglian.demo:false}") boolean demo,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.repository = repository;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        // The demo district (embedded database only) is a trial without an authenticator app, unless asked.
        boolean trial = demo && databaseUrl.startsWith("jdbc:h2:") && explicitMode.isBlank();
        this.mode = trial ? Mode.OPTIONAL : Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    }

    public Mode mode() {
        return mode;
    }

    /** Whether this role must sign in with a second factor under the configured mode. */
    public boolean requiredFor(Role role) {
        return mode == Mode.REQUIRED && (role == Role.ADMIN || role == Role.AUDITOR);
    }

    public boolean isEnrolled(String username) {
        return repository.isEnrolled(username);
    }

    /** The user names with a second factor, for the user list. */
    public java.util.Set<String> enrolledUsers() {
        return repository.enrolledUsers();
    }

    public int unusedRecoveryCodes(String username) {
        return repository.unusedRecoveryCodes(username);
    }

    /**
     * Confirms an enrolment: the code must come from the new secret. Stores the secret and returns fresh
     * recovery codes, to be shown once; empty when the code is wrong.
     */
    @Transactional
    public List<String> enrol(String username, String secret, String code) {
        OptionalLong step = Totp.match(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            return List.of();
        }
        List<String> codes = newRecoveryCodes();
        repository.enrol(
                username,
                encrypt(secret),
                step.getAsLong(),
                clock.instant(),
                codes.stream().map(SecondFactors::hash).toList());
        audit.record(AuditEvent.of(AuditActions.MFA_ENROL, ENTITY, username, null, null));
        return codes;
    }

    /** New recovery codes for an enrolled user, replacing the old ones. */
    @Transactional
    public List<String> renewRecoveryCodes(String username) {
        requireEnrolled(username);
        List<String> codes = newRecoveryCodes();
        repository.replaceRecoveryCodes(
                username, codes.stream().map(SecondFactors::hash).toList());
        audit.record(AuditEvent.of(AuditActions.MFA_RECOVERY_CODES, ENTITY, username, null, null));
        return codes;
    }

    /** The outcome of checking a code. */
    public enum Check {
        ACCEPTED,
        WRONG,
        DELAYED
    }

    /** Checks a code from the app, or a recovery code (used up); audited either way. */
    @Transactional
    public Check verify(String username, String code) {
        SecondFactorRepository.State state = requireEnrolled(username);
        Instant now = clock.instant();
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            audit.record(AuditEvent.of(AuditActions.MFA_FAILURE, ENTITY, username, null, null)
                    .withReason("delayed")
                    .by(username, null));
            return Check.DELAYED;
        }
        OptionalLong step = Totp.match(decrypt(state.encryptedSecret()), code, now, state.lastStep());
        if (step.isPresent()) {
            repository.succeeded(username, step.getAsLong());
            audit.record(AuditEvent.of(AuditActions.MFA_SUCCESS, ENTITY, username, null, null)
                    .by(username, null));
            return Check.ACCEPTED;
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (typed.length() == 10 && repository.useRecoveryCode(username, hash(typed), now)) {
            repository.succeeded(username, state.lastStep());
            audit.record(AuditEvent.of(AuditActions.MFA_SUCCESS, ENTITY, username, null, null)
                    .withReason("recovery code")
                    .by(username, null));
            return Check.ACCEPTED;
        }
        int attempts = state.failedAttempts() + 1;
        Instant until = attempts >= FREE_ATTEMPTS
                ? now.plus(Duration.ofSeconds(30L << Math.min(attempts - FREE_ATTEMPTS, 5)))
                : null;
        repository.failed(username, attempts, until);
        audit.record(AuditEvent.of(AuditActions.MFA_FAILURE, ENTITY, username, null, null)
                .withReason("wrong code")
                .by(username, null));
        return Check.WRONG;
    }

    /**
     * Removes another user's second factor (lost phone): they enrol again at their next sign-in. An
     * administrator never resets their own; the reason is required and audited.
     */
    @Transactional
    public void reset(String username, String reason) {
        CurrentUser me = UnitAccess.current();
        if (me != null && me.getUsername().equals(username)) {
            throw new AccountRuleException("mfa.error.selfReset");
        }
        if (reason == null || reason.isBlank()) {
            throw new AccountRuleException("mfa.error.reason");
        }
        requireEnrolled(username);
        repository.remove(username);
        audit.record(AuditEvent.of(AuditActions.MFA_RESET, ENTITY, username, null, null)
                .withReason(reason.strip()));
    }

    /** The user's own choice to stop using a second factor, where none is required for their role. */
    @Transactional
    public void disable(CurrentUser user) {
        if (requiredFor(user.role())) {
            throw new AccountRuleException("mfa.error.required");
        }
        requireEnrolled(user.getUsername());
        repository.remove(user.getUsername());
        audit.record(AuditEvent.of(AuditActions.MFA_DISABLE, ENTITY, user.getUsername(), null, null));
    }

    private SecondFactorRepository.State requireEnrolled(String username) {
        return repository
                .find(username)
                .filter(SecondFactorRepository.State::enrolled)
                .orElseThrow(() -> new NotFoundException("no second factor for " + username));
    }

    private static List<String> newRecoveryCodes() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private static String hash(String code) {
        return Sha256.hex(code.replace("-", "").toLowerCase(Locale.ROOT));
    }

    private String encrypt(String secret) {
        String keyId = keys.currentId().orElseThrow(() -> new IllegalStateException("no secret key configured"));
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(keyId), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return keyId + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the second-factor secret", e);
        }
    }

    private String decrypt(String stored) {
        int colon = stored.indexOf(':');
        byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, aesKey(stored.substring(0, colon)), new GCMParameterSpec(128, data, 0, 12));
            return new String(cipher.doFinal(data, 12, data.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt the second-factor secret (wrong key?)", e);
        }
    }

    private SecretKeySpec aesKey(String keyId) {
        return new SecretKeySpec(keys.derive(keyId, "totp secrets"), "AES");
    }
}
