package com.qinglian.assessment.web;

import com.qinglian.assessment.ItemDraft;
import java.math.BigDecimal;

/** A reporter's answer to one item, as posted: self score, explanation, and why no evidence is attached. */
public class AnswerForm {

    private BigDecimal selfScore;
    private String explanation;
    private String noEvidenceReason;
    private int version = -1;

    ItemDraft draft() {
        return new ItemDraft(selfScore, explanation, noEvidenceReason);
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public void setSelfScore(BigDecimal selfScore) {
        this.selfScore = selfScore;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getNoEvidenceReason() {
        return noEvidenceReason;
    }

    public void setNoEvidenceReason(String noEvidenceReason) {
        this.noEvidenceReason = noEvidenceReason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
