package com.qinglian.ledger.web;

import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.LedgerCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The case form's fields, bound from the request. */
public class CaseForm {

    private String unitCode;
    private String ruleCode;
    private Integer count = 1;
    private BigDecimal multiplier = BigDecimal.ONE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private String documentNumber;
    private String issuingBody;
    private String description;
    private BigDecimal amount;
    private String level;
    private int version;
    private String reason;

    static CaseForm of(CaseEntry entry) {
        LedgerCase c = entry.ledgerCase();
        CaseForm form = new CaseForm();
        form.unitCode = c.unitCode();
        form.ruleCode = c.ruleCode();
        form.count = c.count();
        form.multiplier = c.multiplier();
        form.date = c.date();
        form.documentNumber = c.documentNumber();
        form.issuingBody = c.issuingBody();
        form.description = c.description();
        form.amount = c.amount();
        form.level = c.level();
        form.version = entry.version();
        return form;
    }

    CaseDetails details() {
        return new CaseDetails(
                unitCode, ruleCode, count, multiplier, date, documentNumber, issuingBody, description, amount, level);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
