package com.qinglian.unit;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.unit.internal.UnitRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluated units. Guarantees: codes are unique and never change; only a station has a parent,
 * and it is an agency; every change is audited; an edit based on a stale version is refused.
 */
@Service
public class UnitDirectory {

    static final String ENTITY = "unit";

    private final UnitRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UnitDirectory(UnitRepository repository, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Unit> find(UnitQuery query) {
        return repository.find(query);
    }

    /** The sort keys the unit list offers; requests naming any other key get the default order. */
    public static final SortKeys<?> LIST_SORTS = UnitRepository.SORTS;

    /** One page of the units matching the filter; the query's text searches code and name. */
    @Transactional(readOnly = true)
    public Page<Unit> page(UnitQuery filter, ListQuery query) {
        return repository.page(filter, query);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(String code) {
        return repository.find(code);
    }

    @Transactional(readOnly = true)
    public Unit get(String code) {
        return repository.find(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    /** The units matching a filter with their contact details, for the export of a list; audited like the full one. */
    @Transactional
    public List<Unit> exportMatching(UnitQuery filter) {
        List<Unit> matching = repository.find(filter);
        audit.record(AuditEvent.of(
                AuditActions.EXPORT_PERSONAL_DATA,
                ENTITY,
                "excel",
                null,
                Map.of("units", matching.size(), "filter", filter.described())));
        return matching;
    }

    /** Active units, for campaigns and scoring. */
    @Transactional(readOnly = true)
    public List<Unit> active() {
        return repository.find(new UnitQuery(null, null, true));
    }

    @Transactional
    public Unit create(UnitDetails details) {
        List<InputProblem> problems = new ArrayList<>(details.problems(0));
        if (problems.isEmpty()) {
            // ql001 next to QL001 would be two units a person cannot tell apart: a code is one, whatever its case
            repository
                    .findIgnoringCase(details.code())
                    .ifPresent(existing ->
                            problems.add(InputProblem.of(0, "code", "unit.error.duplicate", existing.code())));
        }
        problems.addAll(parentProblems(details, 0, Map.of()));
        InputRejectedException.throwIfAny(problems);
        Unit unit = Unit.create(details);
        repository.insert(unit, clock.instant());
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, unit.code(), null, unit));
        return unit;
    }

    /** Saves an edit made on {@code expectedVersion}; refuses it when someone saved in between. */
    @Transactional
    public Unit update(UnitDetails details, int expectedVersion) {
        Unit current = get(details.code());
        List<InputProblem> problems = new ArrayList<>(details.problems(0));
        problems.addAll(parentProblems(details, 0, Map.of()));
        problems.addAll(childProblems(details, 0));
        InputRejectedException.throwIfAny(problems);
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(details.code());
        }
        Unit updated = current.update(details);
        save(current, updated, "UPDATE", null);
        return get(details.code());
    }

    @Transactional
    public Unit deactivate(String code, String reason) {
        Unit current = get(code);
        save(current, current.deactivate(), AuditActions.DEACTIVATE, reason);
        return get(code);
    }

    @Transactional
    public Unit activate(String code, String reason) {
        Unit current = get(code);
        save(current, current.activate(), AuditActions.ACTIVATE, reason);
        return get(code);
    }

    /**
     * Creates or updates every unit in the list, or none: all rows are checked first and every
     * problem is reported with its row. Audited as one import.
     */
    @Transactional
    public ImportSummary importUnits(UnitSheet.Upload upload) {
        List<UnitRow> rows = upload.rows();
        Map<String, UnitRow> inFile = rows.stream()
                .filter(r -> r.details().code() != null)
                .collect(Collectors.toMap(r -> r.details().code(), Function.identity(), (a, b) -> a));
        List<InputProblem> problems = new ArrayList<>(upload.problems());
        Set<String> seen = new HashSet<>();
        for (UnitRow row : rows) {
            row.details().problems(row.row()).stream().map(UnitSheet::inColumns).forEach(problems::add);
            String code = row.details().code();
            if (code != null && !seen.add(code.toLowerCase(Locale.ROOT))) {
                problems.add(InputProblem.of(row.row(), "单位代码", "unit.error.duplicateInFile", code));
            } else if (code != null && repository.find(code).isEmpty()) {
                repository
                        .findIgnoringCase(code)
                        .ifPresent(existing -> problems.add(
                                InputProblem.of(row.row(), "单位代码", "unit.error.otherCase", code, existing.code())));
            }
            parentProblems(row.details(), row.row(), inFile).stream()
                    .map(UnitSheet::inColumns)
                    .forEach(problems::add);
            childProblems(row.details(), row.row()).stream()
                    .map(UnitSheet::inColumns)
                    .forEach(problems::add);
        }
        if (rows.isEmpty()) {
            problems.add(InputProblem.ofFile("import.error.noRows"));
        }
        problems.sort(Comparator.comparingInt(InputProblem::row));
        InputRejectedException.throwIfAny(problems);

        int created = 0;
        int updated = 0;
        List<UnitRow> ordered = rows.stream()
                .sorted((a, b) -> Boolean.compare(
                        a.details().parentCode() != null, b.details().parentCode() != null))
                .toList();
        for (UnitRow row : ordered) {
            Optional<Unit> existing = repository.find(row.details().code());
            if (existing.isEmpty()) {
                Unit unit = Unit.create(row.details());
                repository.insert(row.active() ? unit : unit.deactivate(), clock.instant());
                created++;
            } else {
                Unit current = existing.get();
                UnitDetails details =
                        row.emailColumn() ? row.details() : row.details().withContactEmail(current.contactEmail());
                details = row.tagsColumn() ? details : details.withTags(current.tags());
                Unit next = current.update(details);
                next = next.active() == row.active() ? next : (row.active() ? next.activate() : next.deactivate());
                if (!next.equals(current)) {
                    repository.update(next, clock.instant());
                    announceChange(current, next);
                    updated++;
                }
            }
        }
        ImportSummary summary = new ImportSummary(rows.size(), created, updated);
        audit.record(AuditEvent.of(
                AuditActions.IMPORT,
                ENTITY,
                "excel",
                null,
                Map.of(
                        "summary",
                        summary,
                        "units",
                        rows.stream().map(r -> r.details()).toList())));
        return summary;
    }

    /**
     * One row of an import. {@code emailColumn}, {@code tagsColumn}: whether the file has the 联系邮箱 or 标签
     * column at all; a file without it (made before the column existed) leaves those of existing units as they are.
     */
    public record UnitRow(int row, UnitDetails details, boolean active, boolean emailColumn, boolean tagsColumn) {}

    /** Serializable: it travels to the next page as a flash attribute, inside the database session. */
    public record ImportSummary(int rows, int created, int updated) implements java.io.Serializable {}

    private void save(Unit before, Unit after, String action, String reason) {
        if (!repository.update(after, clock.instant())) {
            throw new ConcurrentEditException(before.code());
        }
        announceChange(before, after);
        audit.record(AuditEvent.of(action, ENTITY, before.code(), before, get(before.code()))
                .withReason(reason));
    }

    /**
     * A unit's name and type are shown and ranked with its results, and its tags decide which items apply to it:
     * campaigns hear of their change.
     */
    private void announceChange(Unit before, Unit after) {
        if (!before.name().equals(after.name())
                || before.type() != after.type()
                || !before.tagSet().equals(after.tagSet())) {
            events.publishEvent(new UnitChanged(after.code()));
        }
    }

    private List<InputProblem> parentProblems(UnitDetails details, int row, Map<String, UnitRow> inFile) {
        if (details.parentCode() == null) {
            return List.of();
        }
        if (details.type() == UnitType.AGENCY) {
            return List.of(InputProblem.of(row, "parentCode", "unit.error.agencyWithParent"));
        }
        UnitType parentType = Optional.ofNullable(inFile.get(details.parentCode()))
                .map(r -> r.details().type())
                .or(() -> repository.find(details.parentCode()).map(Unit::type))
                .orElse(null);
        if (parentType == null) {
            return List.of(InputProblem.of(row, "parentCode", "unit.error.unknownParent", details.parentCode()));
        }
        if (parentType != UnitType.AGENCY) {
            return List.of(InputProblem.of(row, "parentCode", "unit.error.parentNotAgency", details.parentCode()));
        }
        return List.of();
    }

    /** An agency that stations belong to cannot become a station itself. */
    private List<InputProblem> childProblems(UnitDetails details, int row) {
        if (details.type() == UnitType.STATION && details.code() != null && repository.hasChildren(details.code())) {
            return List.of(InputProblem.of(row, "type", "unit.error.hasStations", details.code()));
        }
        return List.of();
    }

    /** Someone saved the unit after this edit began. */
    public static class ConcurrentEditException extends ConflictException {
        public ConcurrentEditException(String code) {
            super("unit " + code + " was changed by someone else");
        }
    }
}
