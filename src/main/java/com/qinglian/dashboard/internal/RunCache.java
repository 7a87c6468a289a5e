package com.qinglian.dashboard.internal;

import com.qinglian.dashboard.ChartTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The result charts of recent runs. A stored run never changes (a new computation makes a new run), so its
 * aggregates can be kept as long as memory allows; a few dozen runs at most, the least recently used leave.
 */
@Component
public class RunCache {

    private static final int MAX_ENTRIES = 32;

    private final Map<String, List<ChartTable>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ChartTable>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public List<ChartTable> get(long runId, Locale locale, Supplier<List<ChartTable>> compute) {
        String key = runId + "/" + locale.toLanguageTag();
        synchronized (entries) {
            List<ChartTable> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<ChartTable> computed = List.copyOf(compute.get());
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
