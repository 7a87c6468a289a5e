package com.qinglian.ledger.cases.internal;

import com.qinglian.shared.DocumentNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 82: the comparison key of every case's document number, for cases recorded before the keys were
 * kept (V81). The key is {@link DocumentNumber#key}, which SQL cannot compute. Cases that already named one
 * document twice keep their first key only; the service still finds the others by comparing every case.
 */
@Component
class DocumentKeyBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("82");
    }

    @Override
    public String getDescription() {
        return "ledger document key backfill";
    }

    @Override
    public Integer getChecksum() {
        return 82;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Set<String> taken = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, unit_code, document_number FROM ledger_case ORDER BY id");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ledger_document_key (case_id, unit_code, document_key) VALUES (?, ?, ?)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String unit = rows.getString("unit_code");
                String key = DocumentNumber.key(rows.getString("document_number"));
                if (taken.add(unit + "\u0000" + key)) {
                    insert.setLong(1, rows.getLong("id"));
                    insert.setString(2, unit);
                    insert.setString(3, key);
                    insert.executeUpdate();
                }
            }
        }
    }
}
