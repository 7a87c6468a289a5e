package com.qinglian.rubric;

/**
 * A clause printed inside a scored node ("每发现一次不符合要求扣0.5分,扣完为止", "每迟报一次扣0.5分"): cases of
 * it, recorded in the ledger with their date and 文号 like negative-list cases, take from (or add to) this
 * node only, within the node's clamp.
 *
 * @param rule the amounts: per case, fixed, a range the assessor chooses from, or amounts by level
 * @param adds true when the clause adds points ("每多一项加0.5分"); false when it deducts
 */
public record NodeClause(CaseRule rule, boolean adds) {}
