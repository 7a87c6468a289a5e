package com.qinglian.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's before and after, field by field, for people: one row per top-level field with its value
 * before and after and whether it changed, instead of two blocks of raw JSON. Used by the audit pages as
 * {@code @auditDiff}.
 */
@Component("auditDiff")
public class AuditDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One field: its name, its values as text ({@code null} where absent) and whether it changed. */
    public record Row(String field, String before, String after) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    public List<Row> rows(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        if ((before != null && !before.isObject()) || (after != null && !after.isObject())) {
            return List.of(new Row("", text(before), text(after)));
        }
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.propertyNames());
        }
        if (after != null) {
            fields.addAll(after.propertyNames());
        }
        List<Row> rows = new ArrayList<>();
        for (String field : fields) {
            rows.add(new Row(
                    field,
                    before == null ? null : text(before.get(field)),
                    after == null ? null : text(after.get(field))));
        }
        return rows;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(json);
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
