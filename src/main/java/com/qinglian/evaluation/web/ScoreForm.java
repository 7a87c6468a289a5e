package com.qinglian.evaluation.web;

import java.math.BigDecimal;

/** An evaluator's score and comment on one item, as posted; a blank score takes the score back. */
public class ScoreForm {

    private BigDecimal score;
    private String comment;
    private int version = -1;

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
