/**
 * Imported survey results (万人双评议 and the like) and the satisfaction rates they give. Other modules use
 * it as the named interface {@code surveys}; its repository in {@code internal} stays inside.
 */
@NamedInterface("surveys")
package com.qinglian.ledger.surveys;

import org.springframework.modulith.NamedInterface;
