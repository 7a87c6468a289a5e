package com.qinglian.dashboard.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Figures of recent runs (their charts, their totals). A stored run never changes (a new computation makes a new
 * run), so what is computed from it can be kept as long as memory allows; a few dozen entries at most, the least
 * recently used leave. Values must be immutable.
 */
@Component
public class RunCache {

    private static final int MAX_ENTRIES = 64;

    private final Map<String, Object> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The figure of the run named {@code figure}, computed once (two views at once may both compute it). */
    @SuppressWarnings("unchecked")
    public <T> T get(long runId, String figure, Supplier<T> compute) {
        String key = runId + "/" + figure;
        synchronized (entries) {
            Object cached = entries.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T computed = compute.get();
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
