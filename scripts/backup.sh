#!/usr/bin/env bash
# Backs up a running Qinglian: the database first, then the evidence files (blobs are written once and never
# changed, so every file the database snapshot refers to is already on disk when the files are copied).
#   scripts/backup.sh BACKUP_ROOT
# Reads the application's own variables: QINGLIAN_DB_URL, QINGLIAN_DB_USER, QINGLIAN_DB_PASSWORD,
# QINGLIAN_DATA_DIR, QINGLIAN_EVIDENCE_STORE; QINGLIAN_JAR names the application jar (for H2's tools).
# Writes BACKUP_ROOT/qinglian-<UTC time>/ with database.dump (PostgreSQL) or database.zip (H2),
# evidence.tar and evidence.sha256 (local evidence store), and manifest.txt.
set -euo pipefail
root=${1:?usage: backup.sh BACKUP_ROOT}
data_dir=${QINGLIAN_DATA_DIR:-./data}
url=${QINGLIAN_DB_URL:-}
store=${QINGLIAN_EVIDENCE_STORE:-local}
out="$root/qinglian-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

jar() {
  local found=${QINGLIAN_JAR:-}
  if [ -z "$found" ]; then found=$(ls target/qinglian-*.jar 2>/dev/null | grep -v original | head -n 1 || true); fi
  [ -n "$found" ] || { echo "set QINGLIAN_JAR to the application jar" >&2; exit 2; }
  echo "$found"
}

if [[ $url == jdbc:postgresql://* ]]; then
  rest=${url#jdbc:postgresql://}
  hostport=${rest%%/*}
  db=${rest#*/}; db=${db%%\?*}
  host=${hostport%%:*}; port=5432
  [[ $hostport == *:* ]] && port=${hostport##*:}
  # one consistent snapshot of the whole database, taken while the application runs
  PGPASSWORD=${QINGLIAN_DB_PASSWORD:-} pg_dump -h "$host" -p "$port" -U "${QINGLIAN_DB_USER:-postgres}" \
    --format=custom --no-owner --file="$out/database.dump" "$db"
  echo "database: PostgreSQL $host:$port/$db -> database.dump" >> "$out/manifest.txt"
else
  # H2: BACKUP TO runs inside the database engine of the running application (reached through its
  # AUTO_SERVER connection), so the copy is consistent without stopping it.
  h2_url=${url:-"jdbc:h2:file:$data_dir/qinglian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE,MONTH;AUTO_SERVER=TRUE"}
  java -cp "$(jar)" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "$h2_url" -user "${QINGLIAN_DB_USER:-sa}" -password "${QINGLIAN_DB_PASSWORD:-}" \
    -sql "BACKUP TO '$(cd "$out" && pwd)/database.zip'"
  echo "database: H2 $data_dir/qinglian -> database.zip" >> "$out/manifest.txt"
fi

if [ "$store" = "local" ]; then
  evidence="$data_dir/evidence"
  if [ -d "$evidence" ]; then
    (cd "$evidence" && find . -type f ! -path './.incoming/*' -print0 | sort -z | xargs -0 -r sha256sum) \
      > "$out/evidence.sha256"
    tar -C "$data_dir" --exclude='evidence/.incoming' -cf "$out/evidence.tar" evidence
  else
    : > "$out/evidence.sha256"
  fi
  echo "evidence: $(wc -l < "$out/evidence.sha256") files -> evidence.tar (SHA-256 in evidence.sha256)" >> "$out/manifest.txt"
else
  # Objects are never overwritten: a versioned bucket, or a mirror taken after this database dump
  # (for example "mc mirror" or "aws s3 sync"), holds every object the dump refers to.
  echo "evidence: in bucket ${QINGLIAN_EVIDENCE_S3_BUCKET:-?} (mirror or version it after this dump)" >> "$out/manifest.txt"
fi
echo "$out"
