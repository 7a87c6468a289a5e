package com.qinglian.results;

/** What happened to an appeal, published in the transaction of the change, for other modules to act on. */
public sealed interface AppealEvent {

    String campaignCode();

    String unitCode();

    /** A unit filed an appeal; it waits for the organiser to assign a reviewer. */
    record Filed(String campaignCode, String unitCode, long appealId) implements AppealEvent {}

    /** The reviewer decided; {@code target} is the appealed item or case as the unit knows it. */
    record Decided(String campaignCode, String unitCode, long appealId, String target) implements AppealEvent {}
}
