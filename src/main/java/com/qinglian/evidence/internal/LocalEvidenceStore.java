package com.qinglian.evidence.internal;

import com.qinglian.evidence.EvidenceStore;
import com.qinglian.evidence.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence content as files under a root directory ({@code <data-dir>/evidence}): each blob at
 * {@code ab/cd/<uuid>}, where ab and cd are the first four hex digits of a random UUID. Content is written to
 * {@code .incoming/} first and moved into place atomically, so a blob is either complete or absent.
 */
public class LocalEvidenceStore implements EvidenceStore {

    private static final Pattern KEY = Pattern.compile(
            "([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private final Path root;
    private final Path incoming;

    public LocalEvidenceStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
        this.incoming = Files.createDirectories(this.root.resolve(".incoming"));
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "blob-", ".part");
        try {
            HashingCopy.Copied copied = HashingCopy.copy(content, temp, maxBytes);
            String key = moveIntoPlace(temp);
            return new StoredBlob(key, copied.size(), copied.sha256());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String moveIntoPlace(Path temp) throws IOException {
        String key;
        Path target;
        do {
            key = newKey();
            target = resolve(key);
        } while (Files.exists(target, LinkOption.NOFOLLOW_LINKS));
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public boolean exists(String key) {
        return isKey(key) && Files.isRegularFile(resolve(key), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    static String newKey() {
        String uuid = UUID.randomUUID().toString();
        return uuid.substring(0, 2) + "/" + uuid.substring(2, 4) + "/" + uuid;
    }

    static boolean isKey(String key) {
        if (key == null) {
            return false;
        }
        var matcher = KEY.matcher(key);
        return matcher.matches() && matcher.group(3).startsWith(matcher.group(1) + matcher.group(2));
    }

    /** The file of a key; refuses anything that is not a key this store hands out or that would leave the root. */
    Path resolve(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not an evidence key");
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.startsWith(incoming)) {
            throw new IllegalArgumentException("not an evidence key");
        }
        return path;
    }
}
