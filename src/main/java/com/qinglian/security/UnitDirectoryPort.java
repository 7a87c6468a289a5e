package com.qinglian.security;

/** What security needs to know about units; the unit module provides it. */
public interface UnitDirectoryPort {

    boolean isActiveUnit(String unitCode);
}
