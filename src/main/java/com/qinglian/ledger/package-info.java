/**
 * The negative-list ledger (负面清单台账) and the sources of the comprehensive evaluation (综合评价):
 * cases per unit with their documents, daily and mid-year inspection records with proposed scores, and
 * imported survey results. {@link com.qinglian.ledger.Ledger} is what scoring and results read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package com.qinglian.ledger;
