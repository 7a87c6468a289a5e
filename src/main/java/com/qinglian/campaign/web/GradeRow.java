package com.qinglian.campaign.web;

/** One grade band row of the campaign form: a name and the lowest total that earns it, as typed. */
public class GradeRow {

    private String name = "";
    private String min = "";

    static GradeRow of(String name, String min) {
        GradeRow row = new GradeRow();
        row.name = name;
        row.min = min;
        return row;
    }

    /** A row left empty (or emptied to remove it) is no band. */
    public boolean isBlank() {
        return blank(name) && blank(min);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }
}
