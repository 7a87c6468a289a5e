#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and a data directory without database or
# evidence, with the application stopped, then checks every evidence file's SHA-256 and the audit chain.
#   scripts/restore.sh BACKUP_DIR
# Same variables as backup.sh (qinglian-common.sh). PostgreSQL: create the empty database first. The secret
# keys, kept apart from the backups, must be in place first (QINGLIAN_SECRET_KEY, QINGLIAN_SECRET_KEYS_FILE or
# the key file secret-keys in the data directory): without them the audit chain cannot be verified.
# Exit status 0 when restored and verified; 2 when refused before anything was written; any other status
# when the restore or a check failed: do not start the application on that copy.
set -euo pipefail
backup=${1:?usage: restore.sh BACKUP_DIR}
# shellcheck source=qinglian-common.sh
. "$(dirname "$0")/qinglian-common.sh"

[ -f "$backup/manifest.txt" ] || die "$backup is not a complete backup (no manifest.txt)"
backup=$(cd "$backup" && pwd)
absolute_data_dir

keys_file=${QINGLIAN_SECRET_KEYS_FILE:-$data_dir/secret-keys}
if [ -z "${QINGLIAN_SECRET_KEY:-}" ] && [ ! -s "$keys_file" ]; then
  die "no secret key: put the key file kept apart from the backups at $keys_file (or set QINGLIAN_SECRET_KEY)"
fi
if [ -f "$backup/evidence.tar" ] && [ -n "$(ls -A "$data_dir/evidence" 2>/dev/null || true)" ]; then
  die "$data_dir/evidence is not empty: restore into an empty data directory"
fi
(cd "$backup" && sha256sum --quiet -c database.sha256) || die "the database file of $backup is damaged"

if [ -f "$backup/database.dump" ]; then
  is_postgres || die "database.dump needs QINGLIAN_DB_URL=jdbc:postgresql://..."
  pg_parse
  tables=$(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" -Atq -v ON_ERROR_STOP=1 \
    -c "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
  [ "$tables" = "0" ] || die "database $pg_db holds $tables tables: restore into an empty database"
  # one transaction: a failed restore leaves the database empty, not half filled
  pg_restore -h "$pg_host" -p "$pg_port" -U "$pg_user" --no-owner --no-privileges --exit-on-error \
    --single-transaction -d "$pg_db" "$backup/database.dump"
  echo "database: restored into PostgreSQL $pg_host:$pg_port/$pg_db"
elif [ -f "$backup/database.zip" ]; then
  if [ -n "$url" ] && [[ $url != jdbc:h2:file:$data_dir/qinglian\;* ]]; then
    die "an H2 backup is restored to $data_dir/qinglian: unset QINGLIAN_DB_URL or point it there"
  fi
  [ ! -e "$data_dir/qinglian.mv.db" ] || die "$data_dir already holds a database: restore into an empty data directory"
  run_main org.h2.tools.Restore -file "$backup/database.zip" -dir "$data_dir" -db qinglian
  [ -s "$data_dir/qinglian.mv.db" ] || die "H2 restored no database from $backup/database.zip"
  echo "database: restored into $data_dir/qinglian.mv.db"
else
  die "no database.dump or database.zip in $backup"
fi

if [ -f "$backup/evidence.tar" ]; then
  tar -C "$data_dir" -xf "$backup/evidence.tar"
  if [ -s "$backup/evidence.sha256" ]; then
    (cd "$data_dir/evidence" && sha256sum --quiet --strict -c "$backup/evidence.sha256")
  fi
  echo "evidence: $(wc -l < "$backup/evidence.sha256") files restored, every SHA-256 matches"
fi

# the audit chain must verify on the restored database (exit 0), or the restore is not to be trusted
run_main com.qinglian.QinglianApplication verify-audit
