package com.qinglian.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One INSERT sent in JDBC batches of {@code size} rows (rewritten into multi-row inserts by the PostgreSQL
 * driver when {@code reWriteBatchedInserts} is on); counts the rows written. A null value is bound as text:
 * pass nulls only for text columns.
 */
final class Batch implements AutoCloseable {

    static final int SIZE = 1000;

    private final PreparedStatement statement;
    private int pending;
    private long written;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    long written() {
        return written + pending;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
