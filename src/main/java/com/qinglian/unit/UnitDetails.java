package com.qinglian.unit;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TextInput;
import com.qinglian.shared.TextInput.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        String contactEmail,
        List<String> tags) {

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

    /** A tag: letters (Chinese characters among them), digits, '-' or '_', 1 to 32 of them. */
    public static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,32}");
    /** Tags a unit carries at most; each is stored with the unit (column of 1000 characters). */
    public static final int TAGS_MAX = 20;
    /** What separates tags where a person types them: spaces, commas (also the Chinese ones) and 、. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[\\s,，、;；]+");

    /** A unit without tags. */
    public UnitDetails(
            String code,
            String name,
            UnitType type,
            String parentCode,
            String rankingGroup,
            String contactName,
            String contactPhone,
            String contactEmail) {
        this(code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail, null);
    }

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
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public UnitDetails withContactEmail(String email) {
        return new UnitDetails(code, name, type, parentCode, rankingGroup, contactName, contactPhone, email, tags);
    }

    public UnitDetails withTags(List<String> newTags) {
        return new UnitDetails(
                code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail, newTags);
    }

    /**
     * The tags typed into one field ("沿河单位, 窗口单位" or "river window"), each once, in the order typed; a tag
     * that breaks {@link #TAG} is kept, for {@link #problems(int)} to name it.
     */
    public static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : TAG_SEPARATOR.split(text.strip())) {
            if (!part.isEmpty()) {
                tags.add(part);
            }
        }
        return List.copyOf(tags);
    }

    /** The tags as one field shows them: separated by a comma and a space. */
    public static String formatTags(List<String> tags) {
        return String.join(", ", tags);
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
        tagProblems(row).forEach(problems::add);
        return problems;
    }

    private List<InputProblem> tagProblems(int row) {
        List<InputProblem> problems = new ArrayList<>();
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                problems.add(InputProblem.of(row, "tags", "unit.error.tag", TextInput.tidy(tag)));
            }
        }
        if (tags.size() > TAGS_MAX) {
            problems.add(InputProblem.of(row, "tags", "unit.error.tooManyTags", TAGS_MAX));
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
