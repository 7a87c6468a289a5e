package com.qinglian.campaign.web;

import com.qinglian.scoring.Veto;
import java.util.ArrayList;
import java.util.List;

/**
 * One veto row of the campaign form: its name, the condition's parts (rules picked by title, any negative-list
 * case, a total below a number) and the effect with its grade, as typed.
 */
public class VetoRow {

    private String name = "";
    private List<String> rules = new ArrayList<>();
    private boolean anyNegativeCase;
    private String totalBelow = "";
    private String effect = Veto.Effect.CAP_GRADE.name();
    private String grade = "";

    /** A row with nothing chosen (or emptied to remove it) is no veto; the effect alone does not count. */
    public boolean isBlank() {
        return GradeRow.blank(name)
                && rules.isEmpty()
                && !anyNegativeCase
                && GradeRow.blank(totalBelow)
                && GradeRow.blank(grade);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRules() {
        return rules;
    }

    public void setRules(List<String> rules) {
        this.rules = rules == null ? new ArrayList<>() : rules;
    }

    public boolean isAnyNegativeCase() {
        return anyNegativeCase;
    }

    public void setAnyNegativeCase(boolean anyNegativeCase) {
        this.anyNegativeCase = anyNegativeCase;
    }

    public String getTotalBelow() {
        return totalBelow;
    }

    public void setTotalBelow(String totalBelow) {
        this.totalBelow = totalBelow;
    }

    public String getEffect() {
        return effect;
    }

    public void setEffect(String effect) {
        this.effect = effect;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }
}
