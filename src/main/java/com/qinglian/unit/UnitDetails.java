package com.qinglian.unit;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TextInput;
import com.qinglian.shared.TextInput.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a person enters for a unit; {@link #problems(int)} checks it without touching the database. */
public record UnitDetails(
        String code,
        String name,
        UnitType type,
        String parentCode,
        String rankingGroup,
        String contactName,
        String contactPhone,
        String contactEmail) {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,32}");
    /** The column's width; reminders are mailed to this address. */
    public static final int EMAIL_MAX = 200;
    /**
     * An address a mail server takes as it is: ASCII local part (dot-atoms), a domain of at least two labels.
     * Stricter than RFC 5322 on purpose: quoted local parts, comments and IP literals are typing mistakes here.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    /** A unit without a contact e-mail address. */
    public UnitDetails(
            String code,
            String name,
            UnitType type,
            String parentCode,
            String rankingGroup,
            String contactName,
            String contactPhone) {
        this(code, name, type, parentCode, rankingGroup, contactName, contactPhone, null);
    }

    public UnitDetails {
        code = trim(code);
        name = trim(name);
        parentCode = blankToNull(parentCode);
        rankingGroup = blankToNull(rankingGroup);
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
        contactEmail = blankToNull(contactEmail);
    }

    public UnitDetails withContactEmail(String email) {
        return new UnitDetails(code, name, type, parentCode, rankingGroup, contactName, contactPhone, email);
    }

    /** Problems with the fields themselves; {@code row} locates them in an import (0 for a form). */
    public List<InputProblem> problems(int row) {
        List<InputProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(InputProblem.of(row, "code", "unit.error.code", code == null ? "" : code));
        }
        if (name == null || TextInput.length(name) > 200) {
            problems.add(InputProblem.of(row, "name", "unit.error.name"));
        } else {
            TextInput.problem(row, "name", name, 200, Shape.SINGLE_LINE).ifPresent(problems::add);
        }
        if (type == null) {
            problems.add(InputProblem.of(row, "type", "unit.error.type"));
        }
        if (parentCode != null && parentCode.equals(code)) {
            problems.add(InputProblem.of(row, "parentCode", "unit.error.ownParent"));
        }
        TextInput.problem(row, "contactName", contactName, 64, Shape.SINGLE_LINE)
                .ifPresent(problems::add);
        TextInput.problem(row, "rankingGroup", rankingGroup, 64, Shape.SINGLE_LINE)
                .ifPresent(problems::add);
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            problems.add(InputProblem.of(row, "contactPhone", "unit.error.phone"));
        }
        if (contactEmail != null && contactEmail.length() > EMAIL_MAX) {
            problems.add(InputProblem.of(row, "contactEmail", "text.error.tooLong", EMAIL_MAX));
        } else if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            problems.add(InputProblem.of(row, "contactEmail", "unit.error.email"));
        }
        return problems;
    }

    private static String trim(String value) {
        return TextInput.tidy(value);
    }

    private static String blankToNull(String value) {
        return TextInput.tidy(value);
    }
}
