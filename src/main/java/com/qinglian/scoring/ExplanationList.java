package com.qinglian.scoring;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/** A unit's explanation kept as parallel arrays while it is built; {@link ExplanationLine} records are made when read. */
final class ExplanationList extends AbstractList<ExplanationLine> implements RandomAccess {

    private ExplanationLine.Kind[] kinds;
    private String[] codes;
    private BigDecimal[] points;
    private String[] details;
    private int size;

    ExplanationList(int capacity) {
        kinds = new ExplanationLine.Kind[capacity];
        codes = new String[capacity];
        points = new BigDecimal[capacity];
        details = new String[capacity];
    }

    void append(ExplanationLine.Kind kind, String code, BigDecimal linePoints, String detail) {
        if (size == kinds.length) {
            int capacity = size * 2 + 4;
            kinds = Arrays.copyOf(kinds, capacity);
            codes = Arrays.copyOf(codes, capacity);
            points = Arrays.copyOf(points, capacity);
            details = Arrays.copyOf(details, capacity);
        }
        kinds[size] = kind;
        codes[size] = code;
        points[size] = linePoints;
        details[size] = detail;
        size++;
    }

    @Override
    public ExplanationLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new ExplanationLine(kinds[index], codes[index], points[index], details[index]);
    }

    @Override
    public int size() {
        return size;
    }
}
