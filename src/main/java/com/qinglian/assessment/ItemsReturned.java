package com.qinglian.assessment;

import java.util.List;

/** Published in the transaction that returned items of a unit's self-assessment for more evidence. */
public record ItemsReturned(String campaignCode, String unitCode, List<String> itemCodes, String reason) {}
