package com.qinglian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditDiffTest {

    private final AuditDiff diff = new AuditDiff();

    @Test
    void showsEveryFieldOnceWithItsValuesAndWhetherItChanged() {
        var rows = diff.rows(
                "{\"score\":1,\"comment\":\"有记录\",\"version\":2}",
                "{\"score\":0.5,\"comment\":\"有记录\",\"version\":3,\"reason\":\"复核\"}");

        assertThat(rows)
                .extracting(AuditDiff.Row::field, AuditDiff.Row::before, AuditDiff.Row::after, AuditDiff.Row::changed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("score", "1", "0.5", true),
                        org.assertj.core.groups.Tuple.tuple("comment", "有记录", "有记录", false),
                        org.assertj.core.groups.Tuple.tuple("version", "2", "3", true),
                        org.assertj.core.groups.Tuple.tuple("reason", null, "复核", true));
    }

    @Test
    void aCreationHasOnlyAfterValuesAndNestedValuesStayReadable() {
        var rows = diff.rows(null, "{\"units\":[\"A1\",\"A2\"],\"name\":\"2026年度\"}");

        assertThat(rows).extracting(AuditDiff.Row::after).containsExactly("[\"A1\",\"A2\"]", "2026年度");
        assertThat(rows).extracting(AuditDiff.Row::before).containsOnlyNulls();
    }

    @Test
    void textThatIsNotJsonIsShownAsItIs() {
        assertThat(diff.rows("not json {", null))
                .singleElement()
                .satisfies(r -> assertThat(r.before()).isEqualTo("not json {"));
    }
}
