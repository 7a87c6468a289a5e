package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rubric laid out as the published table: one row per item, the group, dimension and
 * indicator cells merged down the side, and the indicator's points merged beside its items.
 */
public record RubricTable(List<Row> rows) {

    public static final int SIDE_COLUMNS = 3;

    /** A merged side cell; absent from rows that an earlier row's cell covers. */
    public record Cell(RubricNode node, int rowspan, int colspan) {}

    /** One item row: side cells that start on this row, the item, and the points cell if it starts here. */
    public record Row(List<Cell> side, RubricNode item, Cell points) {}

    public static RubricTable of(Rubric rubric) {
        List<Row> rows = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (RubricNode top : rubric.nodes()) {
            walk(top, new ArrayList<>(), rows, started);
        }
        return new RubricTable(rows);
    }

    private static void walk(RubricNode node, List<RubricNode> path, List<Row> rows, Set<String> started) {
        if (node.isItem()) {
            rows.add(row(path, node, started));
            return;
        }
        path.add(node);
        node.children().forEach(child -> walk(child, path, rows, started));
        path.remove(path.size() - 1);
    }

    private static Row row(List<RubricNode> path, RubricNode item, Set<String> started) {
        List<Cell> side = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < path.size(); i++) {
            RubricNode node = path.get(i);
            int start = Math.max(column, column(node));
            int end = i + 1 < path.size() ? Math.max(start + 1, column(path.get(i + 1))) : SIDE_COLUMNS;
            if (started.add(node.code())) {
                side.add(new Cell(node, leafCount(node), Math.max(1, Math.min(end, SIDE_COLUMNS) - start)));
            }
            column = end;
        }
        RubricNode owner = path.isEmpty() ? item : path.get(path.size() - 1);
        Cell points = started.add("points:" + owner.code()) ? new Cell(owner, leafCount(owner), 1) : null;
        return new Row(side, item, points);
    }

    private static int column(RubricNode node) {
        return node.level() == NodeLevel.GROUP ? 0 : node.level() == NodeLevel.DIMENSION ? 1 : 2;
    }

    private static int leafCount(RubricNode node) {
        return (int) node.flatten().filter(RubricNode::isItem).count();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
