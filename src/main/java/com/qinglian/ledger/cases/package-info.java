/**
 * Negative-list cases (负面清单台账) per unit with their documents: recorded, corrected, imported and read.
 * Other modules use it as the named interface {@code cases}; its repository in {@code internal} stays inside.
 */
@NamedInterface("cases")
package com.qinglian.ledger.cases;

import org.springframework.modulith.NamedInterface;
