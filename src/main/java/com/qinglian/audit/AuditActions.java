package com.qinglian.audit;

import java.util.List;

/** The audit actions the system records today, for filters and labels; {@link AuditTrail} accepts any other too. */
public final class AuditActions {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String DEACTIVATE = "DEACTIVATE";
    public static final String STATUS_CHANGE = "STATUS_CHANGE";
    public static final String IMPORT = "IMPORT";
    public static final String PUBLISH = "PUBLISH";
    public static final String EXPORT = "EXPORT";
    public static final String EXPORT_PERSONAL_DATA = "EXPORT_PERSONAL_DATA";
    public static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";
    public static final String LOGIN_FAILURE = "LOGIN_FAILURE";
    public static final String LOCKOUT = "LOCKOUT";
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    public static final List<String> KNOWN = List.of(
            CREATE,
            UPDATE,
            DELETE,
            DEACTIVATE,
            STATUS_CHANGE,
            IMPORT,
            PUBLISH,
            EXPORT,
            EXPORT_PERSONAL_DATA,
            LOGIN_SUCCESS,
            LOGIN_FAILURE,
            LOCKOUT,
            PASSWORD_CHANGE,
            PASSWORD_RESET);

    private AuditActions() {}
}
