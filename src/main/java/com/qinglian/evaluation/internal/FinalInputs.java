package com.qinglian.evaluation.internal;

import com.qinglian.scoring.ItemInput;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Builds the engine's item inputs from a campaign's scores as they stream in, ordered by unit, item and evaluator:
 * one item's scores at a time, never the whole campaign's score rows. With the lead rule only the lead evaluators'
 * scores of an item are used where a lead scored it; otherwise every score (the engine averages them). Codes and
 * score values repeat millions of times in a province, so each distinct one is kept once.
 */
public final class FinalInputs implements RowCallbackHandler {

    private final Map<String, List<String>> leadsByUnit;
    private final boolean leadRule;
    private final List<ItemInput> inputs = new ArrayList<>();
    private final Map<Object, Object> canonical = new HashMap<>();
    private final List<String> evaluators = new ArrayList<>();
    private final List<BigDecimal> scores = new ArrayList<>();
    private String unit;
    private String item;

    /** {@code leadsByUnit}: each unit's lead evaluators; used only when {@code leadRule}. */
    public FinalInputs(Map<String, List<String>> leadsByUnit, boolean leadRule) {
        this.leadsByUnit = leadsByUnit;
        this.leadRule = leadRule;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        String rowUnit = rs.getString(1);
        String rowItem = rs.getString(2);
        if (!rowUnit.equals(unit) || !rowItem.equals(item)) {
            flush();
            unit = same(rowUnit);
            item = same(rowItem);
        }
        evaluators.add(rs.getString(3));
        scores.add(same(rs.getBigDecimal(4)));
    }

    /** The inputs, in the order the scores came. */
    public List<ItemInput> result() {
        flush();
        return inputs;
    }

    private void flush() {
        if (scores.isEmpty()) {
            return;
        }
        List<String> leads = leadRule ? leadsByUnit.getOrDefault(unit, List.of()) : List.of();
        boolean leadScored = evaluators.stream().anyMatch(leads::contains);
        for (int i = 0; i < scores.size(); i++) {
            if (!leadScored || leads.contains(evaluators.get(i))) {
                inputs.add(new ItemInput(unit, item, scores.get(i)));
            }
        }
        evaluators.clear();
        scores.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T same(T value) {
        return (T) canonical.computeIfAbsent(value, v -> v);
    }
}
