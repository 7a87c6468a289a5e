package com.qinglian.campaign.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.Deadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form's fields, bound from the request. */
public class CampaignForm {

    static final String FORM_MODE = "form";
    static final String YAML_MODE = "yaml";

    private String code;
    private String name;
    private int year = LocalDate.now().getYear();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart = LocalDate.of(year, 1, 1);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd = LocalDate.of(year, 12, 31);

    private String rubric;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate selfAssessmentDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewDeadline;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicityDeadline;

    private String organiserNodes = "A5";
    private String settings = CampaignSettingsFormat.DEFAULT;
    private String settingsMode;
    private List<GradeRow> grades = new ArrayList<>();
    private List<VetoRow> vetoes = new ArrayList<>();
    private String floor = "";
    private String normaliseTo = "";
    private String multipleScores = "";
    private boolean vetoedLast;
    private boolean allUnits = true;
    private List<String> unitCodes = new ArrayList<>();
    private int version;

    static CampaignForm of(Campaign c, List<String> units) {
        CampaignForm form = new CampaignForm();
        form.code = c.code();
        form.name = c.name();
        form.year = c.year();
        form.periodStart = c.periodStart();
        form.periodEnd = c.periodEnd();
        form.rubric = c.rubricCode() + "/" + c.rubricVersion();
        form.selfAssessmentDeadline = c.deadlines().selfAssessment();
        form.reviewDeadline = c.deadlines().review();
        form.publicityDeadline = c.deadlines().publicity();
        form.organiserNodes = String.join(",", c.organiserNodes());
        form.settings = c.settings();
        form.allUnits = false;
        form.unitCodes = new ArrayList<>(units);
        form.version = c.version();
        return form;
    }

    CampaignDetails details() {
        String[] parts = rubric == null ? new String[0] : rubric.split("/", 2);
        return new CampaignDetails(
                code,
                name,
                year,
                periodStart,
                periodEnd,
                parts.length == 2 ? parts[0] : null,
                parts.length == 2 ? parts[1] : null,
                new Deadlines(selfAssessmentDeadline, reviewDeadline, publicityDeadline),
                organiserNodes == null ? List.of() : Arrays.asList(organiserNodes.split("[,,\\s]+")),
                settings);
    }

    /**
     * Whether the posted settings are the YAML text rather than the fields: only when the organiser chose
     * the YAML mode, or when no mode was sent at all (a client that posts only the YAML, as before the fields).
     */
    public boolean yamlMode() {
        return !FORM_MODE.equals(settingsMode);
    }

    /** Null means every active unit. */
    List<String> chosenUnits() {
        return allUnits ? null : unitCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getRubric() {
        return rubric;
    }

    public void setRubric(String rubric) {
        this.rubric = rubric;
    }

    public LocalDate getSelfAssessmentDeadline() {
        return selfAssessmentDeadline;
    }

    public void setSelfAssessmentDeadline(LocalDate selfAssessmentDeadline) {
        this.selfAssessmentDeadline = selfAssessmentDeadline;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDate reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public LocalDate getPublicityDeadline() {
        return publicityDeadline;
    }

    public void setPublicityDeadline(LocalDate publicityDeadline) {
        this.publicityDeadline = publicityDeadline;
    }

    public String getOrganiserNodes() {
        return organiserNodes;
    }

    public void setOrganiserNodes(String organiserNodes) {
        this.organiserNodes = organiserNodes;
    }

    public String getSettings() {
        return settings;
    }

    public void setSettings(String settings) {
        this.settings = settings;
    }

    public boolean isAllUnits() {
        return allUnits;
    }

    public void setAllUnits(boolean allUnits) {
        this.allUnits = allUnits;
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(List<String> unitCodes) {
        this.unitCodes = unitCodes == null ? new ArrayList<>() : unitCodes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getSettingsMode() {
        return settingsMode;
    }

    public void setSettingsMode(String settingsMode) {
        this.settingsMode = settingsMode;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    public void setGrades(List<GradeRow> grades) {
        this.grades = grades == null ? new ArrayList<>() : grades;
    }

    public List<VetoRow> getVetoes() {
        return vetoes;
    }

    public void setVetoes(List<VetoRow> vetoes) {
        this.vetoes = vetoes == null ? new ArrayList<>() : vetoes;
    }

    public String getFloor() {
        return floor;
    }

    public void setFloor(String floor) {
        this.floor = floor;
    }

    public String getNormaliseTo() {
        return normaliseTo;
    }

    public void setNormaliseTo(String normaliseTo) {
        this.normaliseTo = normaliseTo;
    }

    public String getMultipleScores() {
        return multipleScores;
    }

    public void setMultipleScores(String multipleScores) {
        this.multipleScores = multipleScores;
    }

    public boolean isVetoedLast() {
        return vetoedLast;
    }

    public void setVetoedLast(boolean vetoedLast) {
        this.vetoedLast = vetoedLast;
    }
}
