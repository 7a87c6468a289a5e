package com.qinglian.unit;

/**
 * A unit's name, type or tags changed. Published inside the transaction of the change, before it is audited, so that
 * listeners (the campaigns whose results list the unit) change their own state with it.
 */
public record UnitChanged(String unitCode) {}
