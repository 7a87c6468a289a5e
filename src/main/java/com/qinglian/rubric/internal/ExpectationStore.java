package com.qinglian.rubric.internal;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ExpectationKind;
import com.qinglian.rubric.ExpectationPeriod;
import com.qinglian.rubric.ExpectationReader;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricNotFoundException;
import com.qinglian.rubric.StoredRubric;
import com.qinglian.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence expectations in table {@code item_expectation}, one row per item the organiser decided on. */
@Service
class ExpectationStore implements ItemExpectations {

    private static final String ENTITY = "item_expectation";

    private final JdbcClient jdbc;
    private final RubricRepository rubrics;
    private final AuditTrail audit;
    private final Clock clock;

    ExpectationStore(JdbcClient jdbc, RubricRepository rubrics, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, EvidenceExpectation> of(String rubricCode, String version) {
        Rubric rubric = rubric(rubricCode, version);
        Map<String, EvidenceExpectation> decided = decided(rubricCode, version);
        Map<String, EvidenceExpectation> out = new LinkedHashMap<>();
        for (RubricNode item : rubric.items()) {
            Optional.ofNullable(decided.get(item.code()))
                    .or(() -> ExpectationReader.read(item.code(), item.text()))
                    .ifPresent(e -> out.put(item.code(), e));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, EvidenceExpectation> confirmed(String rubricCode, String version) {
        return decided(rubricCode, version).entrySet().stream()
                .filter(e -> e.getValue().kind() != ExpectationKind.NONE)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    @Transactional
    public EvidenceExpectation confirm(
            String rubricCode, String version, String itemCode, ExpectationDraft draft, String actor) {
        RubricNode item = rubric(rubricCode, version).items().stream()
                .filter(n -> n.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no item " + itemCode));
        Optional<EvidenceExpectation> before =
                Optional.ofNullable(decided(rubricCode, version).get(itemCode));
        String phrase = before.map(EvidenceExpectation::phrase)
                .orElseGet(() -> ExpectationReader.read(itemCode, item.text())
                        .map(EvidenceExpectation::phrase)
                        .orElse(null));
        EvidenceExpectation confirmed = draft.confirm(itemCode, phrase);
        jdbc.sql("DELETE FROM item_expectation WHERE rubric_code = ? AND rubric_version = ? AND item_code = ?")
                .params(rubricCode, version, itemCode)
                .update();
        jdbc.sql("""
                INSERT INTO item_expectation (rubric_code, rubric_version, item_code, kind, period, per_period,
                                              rate_percent, evidence_name, phrase, confirmed_by, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        rubricCode,
                        version,
                        itemCode,
                        confirmed.kind().name(),
                        confirmed.period() == null ? null : confirmed.period().name(),
                        confirmed.perPeriod(),
                        confirmed.ratePercent(),
                        confirmed.evidenceName(),
                        confirmed.phrase(),
                        actor,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        audit.record(AuditEvent.of(
                        before.isPresent() ? AuditActions.UPDATE : AuditActions.CREATE,
                        ENTITY,
                        rubricCode + "/" + version + "/" + itemCode,
                        before.map(ExpectationStore::json).orElse(null),
                        json(confirmed))
                .by(actor, null));
        return confirmed;
    }

    private Rubric rubric(String rubricCode, String version) {
        return rubrics.find(rubricCode, version)
                .map(StoredRubric::rubric)
                .orElseThrow(() -> new RubricNotFoundException(rubricCode, version));
    }

    private Map<String, EvidenceExpectation> decided(String rubricCode, String version) {
        return jdbc
                .sql("SELECT * FROM item_expectation WHERE rubric_code = ? AND rubric_version = ?")
                .params(rubricCode, version)
                .query(ExpectationStore::map)
                .list()
                .stream()
                .collect(Collectors.toMap(EvidenceExpectation::itemCode, Function.identity()));
    }

    private static EvidenceExpectation map(ResultSet rs, int row) throws SQLException {
        String period = rs.getString("period");
        int times = rs.getInt("per_period");
        Integer perPeriod = rs.wasNull() ? null : times;
        return new EvidenceExpectation(
                rs.getString("item_code"),
                ExpectationKind.valueOf(rs.getString("kind")),
                period == null ? null : ExpectationPeriod.valueOf(period),
                perPeriod,
                rs.getBigDecimal("rate_percent"),
                rs.getString("evidence_name"),
                rs.getString("phrase"),
                true);
    }

    private static Map<String, Object> json(EvidenceExpectation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", e.kind().name());
        out.put("period", e.period() == null ? null : e.period().name());
        out.put("perPeriod", e.perPeriod());
        out.put("ratePercent", e.ratePercent());
        out.put("evidenceName", e.evidenceName());
        return out;
    }
}
