package com.qinglian.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of OWASP ASVS 2.1: at least 12 and at most 128 characters (counted as Unicode code
 * points, any script allowed, spaces too), no composition rules, not on the shipped list of common and
 * breached passwords, and not containing the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {}

    /** Message keys of the rules the password breaks; empty when it is acceptable. */
    public static List<String> check(String username, String password) {
        List<String> broken = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            broken.add("password.error.length");
            return broken;
        }
        if (length > MAX_LENGTH) {
            broken.add("password.error.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            broken.add("password.error.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.error.containsUsername");
        }
        return broken;
    }

    /** Whether the password, ignoring case, is on the shipped list of common and breached passwords. */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the shipped list holds. */
    static int commonListSize() {
        return COMMON.size();
    }

    /** A random password that passes the policy, for first sign-in and resets. */
    public static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (check(null, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Set<String> passwords = new HashSet<>(65_536);
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
