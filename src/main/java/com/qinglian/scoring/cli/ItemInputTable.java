package com.qinglian.scoring.cli;

import com.qinglian.scoring.ItemInput;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The score rows of a run as parallel arrays (unit number, item number, value, file line, and a rate item's
 * target once any row has one), about 16 bytes a
 * row, where a list of {@link ItemInput} records costs several times that and keeps the garbage collector
 * copying millions of live objects. Records are made when read; the engine reads each once.
 */
final class ItemInputTable extends AbstractList<ItemInput> implements RandomAccess {

    private final List<String> unitCodes = new ArrayList<>();
    private final Map<String, Integer> unitNumbers = new HashMap<>();
    private final List<String> itemCodes = new ArrayList<>();
    private final Map<String, Integer> itemNumbers = new HashMap<>();
    private int[] units = new int[1024];
    private int[] items = new int[1024];
    private BigDecimal[] values = new BigDecimal[1024];
    private int[] lines = new int[1024];
    /** Targets of rate items; null until a row has one, as most runs have none. */
    private BigDecimal[] targets;

    private int size;

    void add(String unitCode, String itemCode, BigDecimal value, long line) {
        add(unitCode, itemCode, value, null, line);
    }

    void add(String unitCode, String itemCode, BigDecimal value, BigDecimal target, long line) {
        if (size == units.length) {
            int capacity = size * 2;
            units = Arrays.copyOf(units, capacity);
            items = Arrays.copyOf(items, capacity);
            values = Arrays.copyOf(values, capacity);
            lines = Arrays.copyOf(lines, capacity);
            targets = targets == null ? null : Arrays.copyOf(targets, capacity);
        }
        if (target != null && targets == null) {
            targets = new BigDecimal[units.length];
        }
        if (targets != null) {
            targets[size] = target;
        }
        units[size] = number(unitCode, unitCodes, unitNumbers);
        items[size] = number(itemCode, itemCodes, itemNumbers);
        values[size] = value;
        lines[size] = (int) Math.min(line, Integer.MAX_VALUE);
        size++;
    }

    private static int number(String code, List<String> codes, Map<String, Integer> numbers) {
        Integer known = numbers.get(code);
        if (known != null) {
            return known;
        }
        numbers.put(code, codes.size());
        codes.add(code);
        return codes.size() - 1;
    }

    @Override
    public ItemInput get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new ItemInput(
                unitCodes.get(units[index]),
                itemCodes.get(items[index]),
                values[index],
                targets == null ? null : targets[index]);
    }

    String unitCode(int index) {
        return unitCodes.get(units[index]);
    }

    int line(int index) {
        return lines[index];
    }

    @Override
    public int size() {
        return size;
    }
}
