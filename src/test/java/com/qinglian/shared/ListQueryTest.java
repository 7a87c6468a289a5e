package com.qinglian.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** List parameters are read leniently: nothing a request sends fails, and only whitelisted keys sort. */
class ListQueryTest {

    private static final SortKeys<String> SQL =
            SortKeys.of("code", "code").and("name", "name").and("status", "active");

    private static final SortKeys<Comparator<String>> MEMORY = SortKeys.<Comparator<String>>of(
                    "text", Comparator.naturalOrder())
            .and("length", Comparator.comparingInt(String::length));

    @Test
    void anUnknownSortKeyFallsBackToTheDefaultAndNeverReachesTheOrderBy() {
        ListQuery hostile = ListQuery.of(null, "code; DROP TABLE unit", "desc", null, null, SQL);
        assertThat(hostile.sort()).isEqualTo("code");
        assertThat(hostile.descending()).isFalse();
        assertThat(SQL.orderBy(hostile, "id")).isEqualTo("code ASC, id");

        ListQuery byName = ListQuery.of(null, "name", "DESC", null, null, SQL);
        assertThat(SQL.orderBy(byName, "id")).isEqualTo("name DESC, id");
        assertThat(SQL.orderBy(ListQuery.of(null, "status", "sideways", null, null, SQL), "id"))
                .isEqualTo("active ASC, id");
    }

    @Test
    void pagesAndSizesOutOfRangeAreClamped() {
        assertThat(ListQuery.of(null, null, null, "-1", null, SQL).page()).isEqualTo(1);
        assertThat(ListQuery.of(null, null, null, "abc", null, SQL).page()).isEqualTo(1);
        assertThat(ListQuery.of(null, null, null, "1e9", null, SQL).page()).isEqualTo(1);
        assertThat(ListQuery.of(null, null, null, "99999999999999999999", null, SQL)
                        .within(45)
                        .page())
                .isEqualTo(3);
        assertThat(ListQuery.of(null, null, null, "999999", null, SQL).within(0).page())
                .isEqualTo(1);
        assertThat(ListQuery.of(null, null, null, null, "100000", SQL).size()).isEqualTo(ListQuery.DEFAULT_SIZE);
        assertThat(ListQuery.of(null, null, null, null, "0", SQL).size()).isEqualTo(ListQuery.DEFAULT_SIZE);
        assertThat(ListQuery.of(null, null, null, null, "50", SQL).size()).isEqualTo(50);
        assertThat(ListQuery.of(null, null, null, "3", "50", SQL).offset()).isEqualTo(100);
    }

    @Test
    void theSearchTextIsStrippedCutAndEscapedForLike() {
        assertThat(ListQuery.of("   ", null, null, null, null, SQL).q()).isNull();
        assertThat(ListQuery.of(" 财政 ", null, null, null, null, SQL).q()).isEqualTo("财政");
        assertThat(ListQuery.of("财\u0000政\n", null, null, null, null, SQL).q()).isEqualTo("财政");
        assertThat(ListQuery.of("\u0000", null, null, null, null, SQL).q()).isNull();
        assertThat(ListQuery.of("x".repeat(5000), null, null, null, null, SQL).q())
                .hasSize(ListQuery.MAX_TEXT);
        assertThat(ListQuery.of("50%_a\\", null, null, null, null, SQL).likePattern())
                .isEqualTo("%50\\%\\_a\\\\%");
        assertThat(ListQuery.of("CAI", null, null, null, null, SQL).matches("区财政局", "caizheng"))
                .isTrue();
        assertThat(ListQuery.of("税务", null, null, null, null, SQL).matches("区财政局", null))
                .isFalse();
    }

    @Test
    void aComputedListIsSortedThenCutIntoPagesWithItsTotal() {
        List<String> rows = IntStream.rangeClosed(1, 45).mapToObj(i -> "r" + i).toList();
        Page<String> last = Page.of(rows, ListQuery.of(null, "length", "desc", "7", null, MEMORY), MEMORY);
        assertThat(last.number()).isEqualTo(3);
        assertThat(last.pages()).isEqualTo(3);
        assertThat(last.total()).isEqualTo(45);
        assertThat(last.rows()).hasSize(5).allMatch(r -> r.length() == 2);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();

        Page<String> first = Page.of(rows, ListQuery.of(null, "length", "desc", "1", null, MEMORY), MEMORY);
        assertThat(first.rows()).first().isEqualTo("r10");
        assertThat(first.nearby()).containsExactly(1, 2, 3);
        assertThat(Page.of(List.<String>of(), ListQuery.first(MEMORY), MEMORY).pages())
                .isEqualTo(1);
    }
}
