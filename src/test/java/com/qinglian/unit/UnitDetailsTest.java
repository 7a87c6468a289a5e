package com.qinglian.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.shared.InputProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a unit's fields must look like, checked without a database; and the unit type's names. */
class UnitDetailsTest {

    private static UnitDetails agency() {
        return new UnitDetails("A001", "区财政局", UnitType.AGENCY, null, "经济部门", "张三", "0577-88880000");
    }

    private static UnitDetails with(
            String code, String name, UnitType type, String parent, String group, String contact, String phone) {
        return new UnitDetails(code, name, type, parent, group, contact, phone);
    }

    private static List<String> keys(UnitDetails details) {
        return details.problems(7).stream().map(InputProblem::key).toList();
    }

    @Test
    void aCompleteAgencyHasNoProblems() {
        assertThat(agency().problems(0)).isEmpty();
    }

    @Test
    void trimsAndTurnsBlankOptionalFieldsIntoNull() {
        UnitDetails details = with("  A002 ", " 区教育局 ", UnitType.AGENCY, " ", "", "  ", " ");
        assertThat(details.code()).isEqualTo("A002");
        assertThat(details.name()).isEqualTo("区教育局");
        assertThat(details.parentCode()).isNull();
        assertThat(details.rankingGroup()).isNull();
        assertThat(details.contactName()).isNull();
        assertThat(details.contactPhone()).isNull();
        assertThat(details.problems(0)).isEmpty();
    }

    @Test
    void codesAreShortAndPlain() {
        assertThat(keys(with("A-1_b", "x", UnitType.AGENCY, null, null, null, null)))
                .isEmpty();
        assertThat(keys(with("A".repeat(32), "x", UnitType.AGENCY, null, null, null, null)))
                .isEmpty();
        for (String bad : new String[] {null, "", "A".repeat(33), "-A1", "A 1", "单位", "<script>"}) {
            assertThat(keys(with(bad, "x", UnitType.AGENCY, null, null, null, null)))
                    .as(bad)
                    .containsExactly("unit.error.code");
        }
    }

    @Test
    void reportsEveryProblemWithItsRowAndField() {
        UnitDetails bad = with("S1", "", null, "S1", "组".repeat(65), "人".repeat(65), "call me");
        assertThat(bad.problems(7)).extracting(InputProblem::row).containsOnly(7);
        assertThat(bad.problems(7))
                .extracting(InputProblem::column)
                .containsExactly("name", "type", "parentCode", "contactName", "rankingGroup", "contactPhone");
        assertThat(keys(bad))
                .containsExactly(
                        "unit.error.name",
                        "unit.error.type",
                        "unit.error.ownParent",
                        "text.error.tooLong",
                        "text.error.tooLong",
                        "unit.error.phone");
    }

    @Test
    void namesUpTo200Characters() {
        assertThat(keys(with("A1", "名".repeat(200), UnitType.AGENCY, null, null, null, null)))
                .isEmpty();
        assertThat(keys(with("A1", "名".repeat(201), UnitType.AGENCY, null, null, null, null)))
                .containsExactly("unit.error.name");
    }

    @Test
    void phoneNumbersAllowDigitsAndPunctuation() {
        assertThat(keys(with("A1", "x", UnitType.AGENCY, null, null, null, "(0577) 8888-0000")))
                .isEmpty();
        assertThat(keys(with("A1", "x", UnitType.AGENCY, null, null, null, "+86 138 0000 0000")))
                .isEmpty();
        assertThat(keys(with("A1", "x", UnitType.AGENCY, null, null, null, "12")))
                .containsExactly("unit.error.phone");
    }

    @Test
    void unitTypeReadsChineseAndEnglishNames() {
        assertThat(UnitType.parse("机关")).contains(UnitType.AGENCY);
        assertThat(UnitType.parse(" 站所 ")).contains(UnitType.STATION);
        assertThat(UnitType.parse("agency")).contains(UnitType.AGENCY);
        assertThat(UnitType.parse("STATION")).contains(UnitType.STATION);
        assertThat(UnitType.parse("局")).isEmpty();
        assertThat(UnitType.parse("")).isEmpty();
        assertThat(UnitType.parse(null)).isEmpty();
        assertThat(UnitType.STATION.key()).isEqualTo("station");
    }

    @Test
    void aUnitKeepsItsCodeAndVersionThroughAnEdit() {
        Unit unit = Unit.create(agency());
        Unit edited = unit.update(with("A001", "区财政局(新)", UnitType.AGENCY, null, null, null, null));
        assertThat(edited.name()).isEqualTo("区财政局(新)");
        assertThat(edited.version()).isEqualTo(unit.version());
        assertThat(edited.active()).isTrue();
        assertThat(edited.deactivate().active()).isFalse();
        assertThat(edited.deactivate().activate().active()).isTrue();
    }

    @Test
    void aContactEmailIsOptionalTrimmedAndMustBeAnAddressAMailServerTakes() {
        assertThat(agency().withContactEmail("  ").contactEmail()).isNull();
        for (String good : List.of("lianluo@example.gov.cn", " a.b-c+d@mail.wz.gov.cn ", "x_1@qq.com")) {
            UnitDetails details = agency().withContactEmail(good);
            assertThat(details.contactEmail()).isEqualTo(good.strip());
            assertThat(details.problems(0)).as(good).isEmpty();
        }
        for (String bad : List.of(
                "lianluo",
                "lianluo@",
                "@example.gov.cn",
                "lian luo@example.gov.cn",
                "lianluo@example",
                "a..b@example.gov.cn",
                "a@example..cn",
                "a@-example.cn",
                "联络员@example.gov.cn",
                "a@example.gov.cn, b@example.gov.cn",
                "a@example.gov.cn\nBcc: x@evil.example")) {
            assertThat(agency().withContactEmail(bad).problems(3))
                    .as(bad)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.key()).isEqualTo("unit.error.email");
                        assertThat(p.column()).isEqualTo("contactEmail");
                        assertThat(p.row()).isEqualTo(3);
                    });
        }
        String tooLong = "a".repeat(190) + "@example.cn";
        assertThat(agency().withContactEmail(tooLong).problems(0))
                .extracting(InputProblem::key)
                .containsExactly("text.error.tooLong");
    }
}
