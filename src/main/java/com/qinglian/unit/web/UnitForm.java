package com.qinglian.unit.web;

import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitType;

/** The unit form's fields, bound from the request. */
public class UnitForm {

    private String code;
    private String name;
    private UnitType type = UnitType.AGENCY;
    private String parentCode;
    private String rankingGroup;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    /** The tags as typed: separated by commas or spaces. */
    private String tags;

    private int version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.name = unit.name();
        form.type = unit.type();
        form.parentCode = unit.parentCode();
        form.rankingGroup = unit.rankingGroup();
        form.contactName = unit.contactName();
        form.contactPhone = unit.contactPhone();
        form.contactEmail = unit.contactEmail();
        form.tags = UnitDetails.formatTags(unit.tags());
        form.version = unit.version();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(
                code,
                name,
                type,
                parentCode,
                rankingGroup,
                contactName,
                contactPhone,
                contactEmail,
                UnitDetails.parseTags(tags));
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

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getRankingGroup() {
        return rankingGroup;
    }

    public void setRankingGroup(String rankingGroup) {
        this.rankingGroup = rankingGroup;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
