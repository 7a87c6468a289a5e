package com.qinglian;

import static com.qinglian.ledger.LedgerFixtures.campaignWithUnits;
import static com.qinglian.ledger.LedgerFixtures.secondForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.CaseSource;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.cases.internal.CaseRepository;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import com.qinglian.unit.UnitSheet;
import com.qinglian.unit.UnitType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile values through the services onto the database (H2 and PostgreSQL): refused with a message and nothing
 * stored, and where the database can tell, refused by the database too.
 */
@DatabaseTest
class HostileInputIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Campaigns campaigns;

    @Autowired
    LedgerCases cases;

    @Autowired
    CaseRepository caseRepository;

    @Autowired
    JdbcClient jdbc;

    private static List<String> keys(Runnable action) {
        return catchThrowableOfType(InputRejectedException.class, action::run).problems().stream()
                .map(InputProblem::key)
                .toList();
    }

    @Test
    void aUnitCodeDifferingOnlyInCaseIsADuplicateForTheServiceAndTheDatabase() {
        String code = UnitFixtures.uniqueCode("QL");
        units.create(UnitFixtures.anAgency(code));
        String lower = code.toLowerCase(Locale.ROOT);

        assertThat(keys(() -> units.create(UnitFixtures.anAgency(lower)))).containsExactly("unit.error.duplicate");
        byte[] sheet = UnitFixtures.unitWorkbook(List.of(UnitFixtures.row(lower, "小写单位", "机关", "")));
        assertThat(keys(() -> units.importUnits(UnitSheet.read(sheet)))).containsExactly("unit.error.otherCase");
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO unit (code, name, type, created_at, updated_at)
                        VALUES (?, '绕过服务', 'AGENCY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """).param(lower).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(units.find(lower)).isEmpty();
    }

    @Test
    void twoUnitsOfOneCodeInAFileAreADuplicateWhateverTheirCase() {
        String code = UnitFixtures.uniqueCode("QL");
        byte[] sheet = UnitFixtures.unitWorkbook(List.of(
                UnitFixtures.row(code, "甲", "机关", ""), UnitFixtures.row(code.toLowerCase(Locale.ROOT), "乙", "机关", "")));

        assertThat(keys(() -> units.importUnits(UnitSheet.read(sheet)))).containsExactly("unit.error.duplicateInFile");
        assertThat(units.find(code)).isEmpty();
    }

    @Test
    void aUserNameDifferingOnlyInCaseIsADuplicateForTheServiceAndTheDatabase() {
        String name = "Eval" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new UserAccounts.NewUser(name, "考评员", Role.EVALUATOR, null));
        String lower = name.toLowerCase(Locale.ROOT);

        assertThat(keys(() -> accounts.create(new UserAccounts.NewUser(lower, "考评员二", Role.EVALUATOR, null))))
                .containsExactly("user.error.duplicate");
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, created_at)
                        VALUES (?, '绕过服务', 'x', 'EVALUATOR', CURRENT_TIMESTAMP)
                        """).param(lower).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void controlCharactersInSingleLineFieldsAreRefusedByFormsAndImportsAlike() {
        for (String name : List.of("区财政局\u0000", "区\u001b财政局", "区财\u0007政局", "区财政局\n第二行", "区\r财政局")) {
            String code = UnitFixtures.uniqueCode("C");
            UnitDetails details = new UnitDetails(code, name, UnitType.AGENCY, null, null, null, null);

            assertThat(keys(() -> units.create(details))).as(name).containsExactly("text.error.singleLineControl");
            assertThat(units.find(code)).isEmpty();
        }
        // an import cell with a line break is refused by the same rule (the sheet reader takes line breaks)
        String code = UnitFixtures.uniqueCode("C");
        byte[] sheet = UnitFixtures.unitWorkbook(List.of(UnitFixtures.row(code, "区财政局\n第二行", "机关", "")));
        assertThat(keys(() -> units.importUnits(UnitSheet.read(sheet))))
                .containsExactly("text.error.singleLineControl");
        assertThat(units.find(code)).isEmpty();
    }

    @Test
    void noBreakAndIdeographicSpacesAreTrimmedAndLengthsCountCharacters() {
        String code = UnitFixtures.uniqueCode("N");
        units.create(new UnitDetails(code, "\u00a0区财政局\u3000", UnitType.AGENCY, null, null, null, null));
        assertThat(units.get(code).name()).isEqualTo("区财政局");

        // 200 characters outside the basic plane are 400 UTF-16 units: still 200 characters, allowed
        String wide = UnitFixtures.uniqueCode("N");
        units.create(new UnitDetails(wide, "𠀀".repeat(200), UnitType.AGENCY, null, null, null, null));
        assertThat(units.get(wide).name()).hasSize(400);
        assertThat(keys(() -> units.create(new UnitDetails(
                        UnitFixtures.uniqueCode("N"), "𠀀".repeat(201), UnitType.AGENCY, null, null, null, null))))
                .containsExactly("unit.error.name");
    }

    @Test
    void aHugeExponentInACaseMultiplierIsRefusedBeforeAnyArithmetic() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        for (String multiplier : List.of("1e999999999", "1e-999999999", "1e29999999")) {
            CaseDetails details = new CaseDetails(
                    s.unit(0),
                    "FORM2",
                    1,
                    new BigDecimal(multiplier),
                    LocalDate.of(2021, 3, 1),
                    "区纪发〔2021〕1号",
                    "区纪委",
                    null);

            assertThat(keys(() -> cases.record(s.campaign(), details)))
                    .as(multiplier)
                    .containsExactly("ledger.error.multiplier");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_case WHERE unit_code = ?")
                        .param(s.unit(0))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void controlCharactersInCaseFieldsAreRefused() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        CaseDetails nulInDescription = new CaseDetails(
                s.unit(0), "FORM2", 1, BigDecimal.ONE, LocalDate.of(2021, 3, 1), "区纪发〔2021〕2号", "区纪委", "说明\u0000");
        CaseDetails breakInIssuer = new CaseDetails(
                s.unit(0), "FORM2", 1, BigDecimal.ONE, LocalDate.of(2021, 3, 1), "区纪发〔2021〕3号", "区纪委\n区监委", null);

        assertThat(keys(() -> cases.record(s.campaign(), nulInDescription))).containsExactly("text.error.control");
        assertThat(keys(() -> cases.record(s.campaign(), breakInIssuer)))
                .containsExactly("text.error.singleLineControl");
    }

    @Test
    void documentNumberVariantsAreOneDocumentForTheServiceAndTheDatabase() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        String serial = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000));
        cases.record(s.campaign(), secondForm(s.unit(0), "瓯纪〔2025〕" + serial + "号", LocalDate.of(2021, 3, 1)));

        for (String variant : List.of(
                "瓯纪[2025]" + serial + "号", "瓯纪\uFF082025\uFF09" + serial + "号", " 瓯纪 (2025) " + serial + "号\u3000")) {
            assertThat(keys(() -> cases.record(s.campaign(), secondForm(s.unit(0), variant, LocalDate.of(2021, 4, 1)))))
                    .as(variant)
                    .containsExactly("ledger.error.duplicateDocument");
        }
        LedgerCase behindTheService = new LedgerCase(
                0,
                s.campaign(),
                s.unit(0),
                "FORM2",
                1,
                BigDecimal.ONE,
                LocalDate.of(2021, 5, 1),
                "瓯纪[2025]" + serial + "号",
                "区纪委",
                null);
        assertThatThrownBy(() -> caseRepository.insert(behindTheService, CaseSource.MANUAL, Instant.now(), "test"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
