package com.qinglian.security;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.security.internal.UserRepository;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.TextInput;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Guarantees: passwords are stored only as adaptive hashes and follow
 * {@link PasswordPolicy}; new and reset passwords are random and must be changed at first sign-in;
 * repeated failed sign-ins lock the account for a while; every change is audited (never a password).
 */
@Service
public class UserAccounts {

    static final String ENTITY = "user";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private final UserRepository repository;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitDirectoryPort units;
    private final int maxFailedSignIns;
    private final Duration firstDelay;
    private final Duration maxDelay;

    UserAccounts(
            UserRepository repository,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock,
            UnitDirectoryPort units,
            @Value("${qinglian.security.max-failed-sign-ins:5}") int maxFailedSignIns,
            @Value("${qinglian.security.first-delay-seconds:30}") int firstDelaySeconds,
            @Value("${qinglian.security.lock-minutes:15}") int lockMinutes) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.units = units;
        this.maxFailedSignIns = maxFailedSignIns;
        this.firstDelay = Duration.ofSeconds(firstDelaySeconds);
        this.maxDelay = Duration.ofMinutes(lockMinutes);
    }

    /** A new account's details as an administrator enters them. */
    public record NewUser(String username, String displayName, Role role, String unitCode) {
        public NewUser {
            username = TextInput.tidy(username);
            displayName = TextInput.tidy(displayName);
            unitCode = TextInput.tidy(unitCode);
        }
    }

    /** A generated password, shown once to the administrator who hands it over. */
    public record IssuedPassword(String username, String password) {}

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return repository.findAll();
    }

    /** The active accounts of one role, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> active(Role role) {
        return repository.findActive(role);
    }

    /** The sort keys the user list offers; requests naming any other key get the default order. */
    public static final SortKeys<?> LIST_SORTS = UserRepository.SORTS;

    /** One page of the accounts matching the search text (name, display name, unit), role and status. */
    @Transactional(readOnly = true)
    public Page<UserAccount> page(ListQuery query, Role role, Boolean active) {
        return repository.page(query, role, active);
    }

    /** Every account, for the Excel export; audited as an export of personal data. */
    @Transactional
    public List<UserAccount> exportAll() {
        List<UserAccount> all = repository.findAll();
        audit.record(
                AuditEvent.of(AuditActions.EXPORT_PERSONAL_DATA, ENTITY, "excel", null, Map.of("users", all.size())));
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return repository.find(username);
    }

    @Transactional
    public IssuedPassword create(NewUser user) {
        InputRejectedException.throwIfAny(problems(user, 0, Set.of()));
        return insert(user);
    }

    /** Creates every account in the list, or none; returns the generated passwords. */
    @Transactional
    public List<IssuedPassword> importUsers(UserSheet.Upload upload) {
        Map<Integer, NewUser> rows = upload.rows();
        List<InputProblem> problems = new ArrayList<>(upload.problems());
        Set<String> seen = new HashSet<>();
        rows.forEach((row, user) -> {
            problems(user, row, seen).stream()
                    .filter(p -> !(p.key().equals("user.error.role") && user.role() == null))
                    .map(UserSheet::inColumns)
                    .forEach(problems::add);
            if (user.username() != null) {
                seen.add(user.username().toLowerCase(Locale.ROOT));
            }
        });
        if (rows.isEmpty()) {
            problems.add(InputProblem.ofFile("import.error.noRows"));
        }
        problems.sort(Comparator.comparingInt(InputProblem::row));
        InputRejectedException.throwIfAny(problems);
        List<IssuedPassword> issued =
                rows.values().stream().map(this::insertQuietly).toList();
        audit.record(AuditEvent.of(
                AuditActions.IMPORT,
                ENTITY,
                "excel",
                null,
                Map.of("users", rows.values().stream().map(this::describe).toList())));
        return issued;
    }

    @Transactional
    public IssuedPassword resetPassword(String username, String reason) {
        UserAccount user = require(username);
        String password = PasswordPolicy.generate();
        repository.updatePassword(username, encoder.encode(password), true, clock.instant());
        audit.record(AuditEvent.of(AuditActions.PASSWORD_RESET, ENTITY, username, null, null)
                .withReason(reason));
        return new IssuedPassword(user.username(), password);
    }

    /**
     * Changes the user's own password after checking the current one.
     *
     * @return message keys of what is wrong; empty when the password was changed
     */
    @Transactional
    public List<String> changePassword(String username, String currentPassword, String newPassword) {
        String hash = repository.passwordHash(username).orElseThrow(() -> new NotFoundException("no user " + username));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            return List.of("password.error.current");
        }
        List<String> broken = new ArrayList<>(PasswordPolicy.check(username, newPassword));
        if (broken.isEmpty() && encoder.matches(newPassword, hash)) {
            broken.add("password.error.same");
        }
        if (!broken.isEmpty()) {
            return broken;
        }
        repository.updatePassword(username, encoder.encode(newPassword), false, clock.instant());
        audit.record(AuditEvent.of(AuditActions.PASSWORD_CHANGE, ENTITY, username, null, null));
        return List.of();
    }

    @Transactional
    public UserAccount setActive(String username, boolean active, String reason) {
        UserAccount before = require(username);
        if (before.active() == active) {
            throw new ConflictException("user " + username + " is already " + (active ? "active" : "inactive"));
        }
        if (!active) {
            requireNotLastAdministrator(before);
        }
        UserAccount after = before.withActive(active);
        if (!repository.update(after)) {
            throw new ConflictException("user " + username + " was changed by someone else");
        }
        audit.record(AuditEvent.of(
                        active ? AuditActions.ACTIVATE : AuditActions.DEACTIVATE,
                        ENTITY,
                        username,
                        describe(before),
                        describe(after))
                .withReason(reason));
        return require(username);
    }

    /**
     * Counts a sign-in outcome: growing delays after repeated failures (see {@link UserAccount#failedSignIn}).
     * The actor and entity of a failure are the account when it exists, otherwise the typed name cleaned of
     * control characters and cut to length. Runs in its own transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(String typedName, boolean success, String failure) {
        Optional<UserAccount> found = repository.findForUpdate(typedName);
        String name = found.map(UserAccount::username).orElseGet(() -> SignInNames.clean(typedName));
        if (success) {
            found.ifPresent(user -> repository.updateSignInState(user.succeededSignIn()));
            audit.record(AuditEvent.of(AuditActions.LOGIN_SUCCESS, ENTITY, name, null, null)
                    .by(name, null));
            return;
        }
        audit.record(AuditEvent.of(AuditActions.LOGIN_FAILURE, ENTITY, name, null, null)
                .withReason(failure)
                .by(name, null));
        found.ifPresent(user -> {
            UserAccount after = user.failedSignIn(clock.instant(), maxFailedSignIns, firstDelay, maxDelay);
            repository.updateSignInState(after);
            if (after.isLocked(clock.instant()) && !user.isLocked(clock.instant())) {
                audit.record(AuditEvent.of(
                                AuditActions.LOCKOUT,
                                ENTITY,
                                name,
                                null,
                                Map.of(
                                        "lockedUntil",
                                        after.lockedUntil().toString(),
                                        "failedAttempts",
                                        after.failedAttempts()))
                        .by(name, null));
            }
        });
    }

    /**
     * Creates accounts that all share one known password and need no change at first sign-in: for the
     * demo district only. The password is hashed once, so a hundred accounts take no longer than one.
     */
    @Transactional
    public void createDemoAccounts(List<NewUser> newUsers, String password) {
        String hash = encoder.encode(password);
        for (NewUser user : newUsers) {
            if (repository.find(user.username()).isEmpty()) {
                repository.insert(
                        new UserAccount(
                                user.username(),
                                user.displayName(),
                                user.role(),
                                user.unitCode(),
                                true,
                                false,
                                0,
                                null,
                                0),
                        hash,
                        clock.instant());
            }
        }
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, "demo", null, Map.of("users", newUsers.size()))
                .by("system", null));
    }

    /** Makes sure there is an administrator: {@code admin}, with the configured or a generated password. */
    @Transactional
    public Optional<IssuedPassword> ensureFirstAdministrator(String configuredPassword) {
        if (repository.anyWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : configuredPassword;
        UserAccount admin = new UserAccount("admin", "系统管理员", Role.ADMIN, null, true, generated, 0, null, 0);
        repository.insert(admin, encoder.encode(password), clock.instant());
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, "admin", null, describe(admin))
                .by("system", null));
        return Optional.of(new IssuedPassword("admin", generated ? password : null));
    }

    private IssuedPassword insert(NewUser user) {
        IssuedPassword issued = insertQuietly(user);
        audit.record(AuditEvent.of(AuditActions.CREATE, ENTITY, user.username(), null, describe(user)));
        return issued;
    }

    private IssuedPassword insertQuietly(NewUser user) {
        String password = PasswordPolicy.generate();
        UserAccount account = new UserAccount(
                user.username(), user.displayName(), user.role(), user.unitCode(), true, true, 0, null, 0);
        repository.insert(account, encoder.encode(password), clock.instant());
        return new IssuedPassword(user.username(), password);
    }

    private List<InputProblem> problems(NewUser user, int row, Set<String> seenInFile) {
        List<InputProblem> problems = new ArrayList<>();
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            problems.add(InputProblem.of(
                    row, "username", "user.error.username", user.username() == null ? "" : user.username()));
        } else if (seenInFile.contains(user.username().toLowerCase(Locale.ROOT))) {
            problems.add(InputProblem.of(row, "username", "user.error.duplicateInFile", user.username()));
        } else {
            // Eval1 and eval1 would be two accounts that sign in alike to a person: one name, whatever its case
            repository
                    .findIgnoringCase(user.username())
                    .ifPresent(existing -> problems.add(
                            InputProblem.of(row, "username", "user.error.duplicate", existing.username())));
        }
        if (user.displayName() == null || TextInput.length(user.displayName()) > 100) {
            problems.add(InputProblem.of(row, "displayName", "user.error.displayName"));
        } else {
            TextInput.problem(row, "displayName", user.displayName(), 100, TextInput.Shape.SINGLE_LINE)
                    .ifPresent(problems::add);
        }
        if (user.role() == null) {
            problems.add(InputProblem.of(row, "role", "user.error.role"));
        } else if (user.role() == Role.UNIT_REPORTER && user.unitCode() == null) {
            problems.add(InputProblem.of(row, "unitCode", "user.error.unitRequired"));
        } else if (user.role() != Role.UNIT_REPORTER && user.unitCode() != null) {
            problems.add(InputProblem.of(row, "unitCode", "user.error.unitNotAllowed"));
        } else if (user.unitCode() != null && !units.isActiveUnit(user.unitCode())) {
            problems.add(InputProblem.of(row, "unitCode", "user.error.unknownUnit", user.unitCode()));
        }
        return problems;
    }

    /**
     * Nobody deactivates their own account (a slip would lock them out mid-work), and the last active
     * administrator is never deactivated: someone must always be able to administer the system.
     */
    private void requireNotLastAdministrator(UserAccount target) {
        CurrentUser me = UnitAccess.current();
        if (me != null && me.getUsername().equals(target.username())) {
            throw new AccountRuleException("user.error.selfDeactivation");
        }
        if (target.role() == Role.ADMIN && target.active() && repository.countActive(Role.ADMIN) <= 1) {
            throw new AccountRuleException("user.error.lastAdministrator");
        }
    }

    private UserAccount require(String username) {
        return repository.find(username).orElseThrow(() -> new NotFoundException("no user " + username));
    }

    private Map<String, Object> describe(NewUser user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", user.username());
        out.put("displayName", user.displayName());
        out.put("role", user.role());
        out.put("unitCode", user.unitCode());
        return out;
    }

    private Map<String, Object> describe(UserAccount user) {
        Map<String, Object> out =
                describe(new NewUser(user.username(), user.displayName(), user.role(), user.unitCode()));
        out.put("active", user.active());
        return out;
    }
}
