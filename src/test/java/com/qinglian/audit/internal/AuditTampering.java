package com.qinglian.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes an audit entry behind the application's back, as an intruder with database access would, and puts
 * it back afterwards: tests share one PostgreSQL database and the chain must be whole again for the next test.
 * On PostgreSQL the append-only trigger is switched off for the moment of the change.
 */
public final class AuditTampering {

    private final JdbcClient jdbc;

    public AuditTampering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean onPostgresql() {
        return "PostgreSQL"
                .equals(jdbc.sql("SELECT 1")
                        .query((rs, n) ->
                                rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                        .single());
    }

    public String actorOf(long id) {
        return jdbc.sql("SELECT actor FROM audit_entry WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    public String hashOf(long id) {
        return jdbc.sql("SELECT hash FROM audit_entry WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** Sets actor and hash of one entry directly with SQL. */
    public void setActorAndHash(long id, String actor, String hash) {
        boolean postgresql = onPostgresql();
        if (postgresql) {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                    .update();
        }
        try {
            jdbc.sql("UPDATE audit_entry SET actor = ?, hash = ? WHERE id = ?")
                    .params(actor, hash, id)
                    .update();
        } finally {
            if (postgresql) {
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
                        .update();
            }
        }
    }

    public void setActor(long id, String actor) {
        setActorAndHash(id, actor, hashOf(id));
    }
}
