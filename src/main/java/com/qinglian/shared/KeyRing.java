package com.qinglian.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's secret keys, held outside the database: {@code QINGLIAN_SECRET_KEY} ({@code id:base64},
 * one key), or the key file {@code QINGLIAN_SECRET_KEYS_FILE} (one {@code id=base64} line per key, the last
 * line is the current key; older lines stay so that what they sealed can still be checked). Without either,
 * a key file is generated in the data directory, readable by the service account only. Keys are at least
 * 32 bytes. Rotate by appending a line and restarting.
 */
@Component
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final Map<String, byte[]> keys;
    private final String currentId;

    @Autowired
    KeyRing(
            @Value("${qinglian.secret-key:${QINGLIAN_SECRET_KEY:}}") String key,
            @Value("${qinglian.secret-keys-file:${QINGLIAN_SECRET_KEYS_FILE:${qinglian.data-dir:./data}/secret-keys}}")
                    String file,
            @Value("${qinglian.secret-keys-generate:true}") boolean generate) {
        this(load(key, Path.of(file), generate));
    }

    private KeyRing(Map<String, byte[]> keys) {
        this.keys = keys;
        this.currentId = keys.isEmpty()
                ? null
                : keys.keySet().stream().reduce((a, b) -> b).orElseThrow();
    }

    /** A key ring of the given keys, the last one current: for tests and tools. */
    public static KeyRing of(Map<String, byte[]> keys) {
        return new KeyRing(new LinkedHashMap<>(keys));
    }

    /** The id of the key new seals use; empty when no key is configured (only possible for read-only tools). */
    public Optional<String> currentId() {
        return Optional.ofNullable(currentId);
    }

    public boolean has(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** HMAC-SHA256 of the text under the named key, lowercase hex. */
    public String hmac(String keyId, String text) {
        return HexFormat.of().formatHex(hmac(keyId, text.getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] hmac(String keyId, byte[] data) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no secret key with id " + keyId);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A key for one purpose, derived from the named key, so that no two purposes share key material. */
    public byte[] derive(String keyId, String purpose) {
        return hmac(keyId, ("qinglian key for " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    /** Compares two MACs in constant time. */
    public static boolean same(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> load(String key, Path file, boolean generate) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        if (!key.isBlank()) {
            int colon = key.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("QINGLIAN_SECRET_KEY must be id:base64");
            }
            keys.put(key.substring(0, colon).strip(), decode(key.substring(colon + 1)));
            return keys;
        }
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    return keys;
                }
                createKeyFile(file);
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq < 1) {
                    throw new IllegalStateException("key file " + file + ": lines must be id=base64");
                }
                keys.put(trimmed.substring(0, eq).strip(), decode(trimmed.substring(eq + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file, e);
        }
        return keys;
    }

    private static void createKeyFile(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String id = "k" + java.time.LocalDate.now().toString().replace("-", "");
        Files.createDirectories(file.toAbsolutePath().getParent());
        String content = "# Qinglian secret keys: id=base64, the last line is current. Keep a copy with the backups,\n"
                + "# apart from the database. Rotate by appending a new line; never remove an old one.\n"
                + id + "=" + Base64.getEncoder().encodeToString(key) + "\n";
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } else {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
        log.warn("Generated the secret key file {}: back it up apart from the database", file.toAbsolutePath());
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length < 32) {
            throw new IllegalStateException("secret keys must be at least 32 bytes");
        }
        return key;
    }
}
