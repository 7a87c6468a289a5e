/**
 * The negative-list ledger (负面清单台账) and the sources of the comprehensive evaluation (综合评价):
 * cases per unit with their documents, daily and mid-year inspection records with proposed scores, and
 * imported survey results. One sub-package per capability ({@code cases}, {@code inspections},
 * {@code surveys}), each a named interface with its own repository inside; {@link com.qinglian.ledger.Ledger}
 * at the root is what scoring and results read across all three.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package com.qinglian.ledger;
