package com.qinglian.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** At least 8 characters from at least 3 of: lower case, upper case, digits, other; not containing the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** Message keys of the rules the password breaks; empty when it is acceptable. */
    public static List<String> check(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.error.length");
            return broken;
        }
        if (password.length() > 128) {
            broken.add("password.error.tooLong");
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            broken.add("password.error.classes");
        }
        if (username != null
                && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.error.containsUsername");
        }
        return broken;
    }

    /** A random password that passes the policy, for first sign-in and resets. */
    public static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (check(null, password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
