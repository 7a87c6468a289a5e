#!/usr/bin/env bash
# Backs up a running Qinglian: the database first, then the evidence files (blobs are written once and never
# changed, so every file the database snapshot refers to is already on disk when the files are copied).
#   scripts/backup.sh BACKUP_ROOT
# Reads the application's own variables (see qinglian-common.sh). Writes BACKUP_ROOT/qinglian-<UTC time>/ with
# database.dump (PostgreSQL) or database.zip (H2), database.sha256, evidence.tar and evidence.sha256 (local
# evidence store) and manifest.txt, and prints its path. The directory appears only when the backup is
# complete; an interrupted run leaves a .partial directory behind, never a backup that looks whole.
# The secret keys (QINGLIAN_SECRET_KEY or the key file) are NOT included: keep them apart from the backups.
set -euo pipefail
root=${1:?usage: backup.sh BACKUP_ROOT}
# shellcheck source=qinglian-common.sh
. "$(dirname "$0")/qinglian-common.sh"

name="qinglian-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$root"
root=$(cd "$root" && pwd)
out="$root/$name.partial"
[ ! -e "$root/$name" ] || die "$root/$name exists already"
rm -rf "$out"
mkdir -p "$out"

if is_postgres; then
  pg_parse
  # one consistent snapshot of the whole database, taken while the application runs
  pg_dump -h "$pg_host" -p "$pg_port" -U "$pg_user" --format=custom --no-owner --no-privileges \
    --file="$out/database.dump" "$pg_db"
  (cd "$out" && sha256sum database.dump > database.sha256)
  echo "database: PostgreSQL $pg_host:$pg_port/$pg_db -> database.dump ($(pg_dump --version))" >> "$out/manifest.txt"
else
  absolute_data_dir
  # H2: BACKUP TO runs inside the database engine of the running application (reached through its
  # AUTO_SERVER connection), so the copy is consistent without stopping it. The path is written by that
  # process: it must be absolute and writable by the application's account.
  target="$out/database.zip"
  run_main org.h2.tools.Shell -url "$(h2_url)" -user "${QINGLIAN_DB_USER:-sa}" -password "${QINGLIAN_DB_PASSWORD:-}" \
    -sql "BACKUP TO '${target//\'/\'\'}'" > /dev/null
  [ -s "$target" ] || die "H2 wrote no backup to $target"
  (cd "$out" && sha256sum database.zip > database.sha256)
  echo "database: H2 $data_dir/qinglian -> database.zip (restore with the same application version)" >> "$out/manifest.txt"
fi

if [ "$store" = "local" ]; then
  evidence="$data_dir/evidence"
  if [ -d "$evidence" ]; then
    # files still arriving (.incoming) are not evidence yet: nothing in the database refers to them
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
echo "taken: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(hostname)" >> "$out/manifest.txt"
mv "$out" "$root/$name"
echo "$root/$name"
