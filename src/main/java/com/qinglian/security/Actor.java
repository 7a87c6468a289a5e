package com.qinglian.security;

/** Who is acting, for the records a change leaves behind (who saved, returned, computed, recorded). */
public final class Actor {

    /** The actor of work no signed-in user started: start-up, seeding, scheduled jobs. */
    public static final String SYSTEM = "system";

    private Actor() {}

    /** The signed-in user's username, or {@link #SYSTEM} when no user is signed in. */
    public static String current() {
        CurrentUser user = UnitAccess.current();
        return user == null ? SYSTEM : user.getUsername();
    }
}
