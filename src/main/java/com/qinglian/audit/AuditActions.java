package com.qinglian.audit;

import java.util.List;

/**
 * Every action the audit trail records, and nothing else: {@link AuditEvent} refuses any other, so the
 * auditor's filter, which offers exactly these (each with its name in the message files as
 * {@code audit.action.<ACTION>}), can select every entry written. Add a constant here to audit a new kind of
 * change.
 */
public final class AuditActions {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String ACTIVATE = "ACTIVATE";
    public static final String DEACTIVATE = "DEACTIVATE";
    public static final String STATUS_CHANGE = "STATUS_CHANGE";
    public static final String COPY = "COPY";
    public static final String ASSIGN = "ASSIGN";
    public static final String UNASSIGN = "UNASSIGN";
    public static final String IMPORT = "IMPORT";
    public static final String PUBLISH = "PUBLISH";
    public static final String SUBMIT = "SUBMIT";
    public static final String RETURN = "RETURN";
    public static final String RESUBMIT = "RESUBMIT";
    public static final String UPLOAD = "UPLOAD";
    public static final String REMOVE = "REMOVE";
    public static final String SCORE = "SCORE";
    public static final String COMPUTE = "COMPUTE";
    public static final String EXPORT = "EXPORT";
    public static final String EXPORT_PERSONAL_DATA = "EXPORT_PERSONAL_DATA";
    public static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";
    public static final String LOGIN_FAILURE = "LOGIN_FAILURE";
    public static final String LOCKOUT = "LOCKOUT";
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PUBLICITY_WINDOW = "PUBLICITY_WINDOW";
    public static final String FILE = "FILE";
    public static final String DECIDE = "DECIDE";
    public static final String RECOMPUTE = "RECOMPUTE";
    public static final String DOWNLOAD = "DOWNLOAD";
    public static final String REMIND = "REMIND";
    public static final String RETRY = "RETRY";
    public static final String MFA_ENROL = "MFA_ENROL";
    public static final String MFA_RECOVERY_CODES = "MFA_RECOVERY_CODES";
    public static final String MFA_SUCCESS = "MFA_SUCCESS";
    public static final String MFA_FAILURE = "MFA_FAILURE";
    public static final String MFA_RESET = "MFA_RESET";
    public static final String MFA_DISABLE = "MFA_DISABLE";
    public static final String SESSION_END = "SESSION_END";
    public static final String ACCESS_REFUSED_REPEATED = "ACCESS_REFUSED_REPEATED";
    /** A synthetic campaign written by the data generator (benchmarks and trials). */
    public static final String GENERATE = "GENERATE";

    /** In the order the filter offers them. */
    public static final List<String> KNOWN = List.of(
            CREATE,
            UPDATE,
            DELETE,
            ACTIVATE,
            DEACTIVATE,
            STATUS_CHANGE,
            COPY,
            ASSIGN,
            UNASSIGN,
            IMPORT,
            PUBLISH,
            SUBMIT,
            RETURN,
            RESUBMIT,
            UPLOAD,
            REMOVE,
            SCORE,
            COMPUTE,
            EXPORT,
            EXPORT_PERSONAL_DATA,
            LOGIN_SUCCESS,
            LOGIN_FAILURE,
            LOCKOUT,
            PASSWORD_CHANGE,
            PASSWORD_RESET,
            DOWNLOAD,
            REMIND,
            RETRY,
            MFA_ENROL,
            MFA_RECOVERY_CODES,
            MFA_SUCCESS,
            MFA_FAILURE,
            MFA_RESET,
            MFA_DISABLE,
            SESSION_END,
            ACCESS_REFUSED_REPEATED,
            PUBLICITY_WINDOW,
            FILE,
            DECIDE,
            RECOMPUTE,
            GENERATE);

    private AuditActions() {}

    /** Whether the trail records this action (and the filter offers it). */
    public static boolean isKnown(String action) {
        return KNOWN.contains(action);
    }
}
