/**
 * Evidence files (佐证材料): content-based type checks, size limits, display names, storage outside the
 * database behind {@link com.qinglian.evidence.EvidenceStore}, and safe download responses. It knows
 * nothing of campaigns or items: callers record the returned {@link com.qinglian.evidence.AcceptedFile}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package com.qinglian.evidence;
