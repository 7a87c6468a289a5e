/**
 * Daily and mid-year inspection records with the scores they propose. Other modules use it as the named
 * interface {@code inspections}; its repository in {@code internal} stays inside.
 */
@NamedInterface("inspections")
package com.qinglian.ledger.inspections;

import org.springframework.modulith.NamedInterface;
