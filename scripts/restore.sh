#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and an empty data directory, with the
# application stopped, then checks every evidence file's SHA-256 and the audit chain.
#   scripts/restore.sh BACKUP_DIR
# Same variables as backup.sh; for PostgreSQL create the empty database first (CREATE DATABASE ...).
set -euo pipefail
backup=${1:?usage: restore.sh BACKUP_DIR}
data_dir=${QINGLIAN_DATA_DIR:-./data}
url=${QINGLIAN_DB_URL:-}

jar() {
  local found=${QINGLIAN_JAR:-}
  if [ -z "$found" ]; then found=$(ls target/qinglian-*.jar 2>/dev/null | grep -v original | head -n 1 || true); fi
  [ -n "$found" ] || { echo "set QINGLIAN_JAR to the application jar" >&2; exit 2; }
  echo "$found"
}

mkdir -p "$data_dir"
if [ -f "$backup/database.dump" ]; then
  [[ $url == jdbc:postgresql://* ]] || { echo "database.dump needs QINGLIAN_DB_URL=jdbc:postgresql://..." >&2; exit 2; }
  rest=${url#jdbc:postgresql://}
  hostport=${rest%%/*}
  db=${rest#*/}; db=${db%%\?*}
  host=${hostport%%:*}; port=5432
  [[ $hostport == *:* ]] && port=${hostport##*:}
  PGPASSWORD=${QINGLIAN_DB_PASSWORD:-} pg_restore -h "$host" -p "$port" -U "${QINGLIAN_DB_USER:-postgres}" \
    --no-owner --exit-on-error -d "$db" "$backup/database.dump"
elif [ -f "$backup/database.zip" ]; then
  if ls "$data_dir"/qinglian.mv.db >/dev/null 2>&1; then
    echo "$data_dir already holds a database: restore into an empty data directory" >&2; exit 2
  fi
  java -cp "$(jar)" -Dloader.main=org.h2.tools.Restore org.springframework.boot.loader.launch.PropertiesLauncher \
    -file "$backup/database.zip" -dir "$data_dir" -db qinglian
else
  echo "no database.dump or database.zip in $backup" >&2; exit 2
fi

if [ -f "$backup/evidence.tar" ]; then
  tar -C "$data_dir" -xf "$backup/evidence.tar"
  (cd "$data_dir/evidence" && sha256sum --quiet -c "$(cd "$backup" && pwd)/evidence.sha256")
  echo "evidence: $(wc -l < "$backup/evidence.sha256") files restored, every SHA-256 matches"
fi

# the audit chain must verify on the restored database (exit 0), or the restore is not to be trusted
java -jar "$(jar)" verify-audit
