# Shared by backup.sh and restore.sh (sourced, not run): the application's own variables, read the same way.
#   QINGLIAN_DB_URL, QINGLIAN_DB_USER, QINGLIAN_DB_PASSWORD, QINGLIAN_DATA_DIR, QINGLIAN_EVIDENCE_STORE
#   QINGLIAN_JAR        the application jar (default: target/qinglian-*.jar); its H2 tools and verify-audit are used
#   QINGLIAN_CLASSPATH  instead of the jar, a class path holding the application (a development checkout)

data_dir=${QINGLIAN_DATA_DIR:-./data}
url=${QINGLIAN_DB_URL:-}
store=${QINGLIAN_EVIDENCE_STORE:-local}

die() {
  echo "$*" >&2
  exit 2
}

# The data directory as an absolute path: H2 identifies a database by its file name, and the AUTO_SERVER
# connection of the running application is only found under the very same name.
absolute_data_dir() {
  mkdir -p "$data_dir"
  data_dir=$(cd "$data_dir" && pwd)
}

# The default of application.yml, word for word, so that the backup opens the application's own database with
# its settings (BackupRestoreIntegrationTest starts the application on that default).
h2_url() {
  if [ -n "$url" ]; then
    echo "$url"
  else
    echo "jdbc:h2:file:$data_dir/qinglian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE,MONTH;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE"
  fi
}

is_postgres() {
  [[ $url == jdbc:postgresql://* ]]
}

# Host, port and database of a jdbc:postgresql:// URL (parameters after ? are dropped).
pg_parse() {
  local rest=${url#jdbc:postgresql://} hostport
  hostport=${rest%%/*}
  pg_db=${rest#*/}
  pg_db=${pg_db%%\?*}
  pg_host=${hostport%%:*}
  pg_port=5432
  if [[ $hostport == *:* ]]; then pg_port=${hostport##*:}; fi
  pg_user=${QINGLIAN_DB_USER:-postgres}
  export PGPASSWORD=${QINGLIAN_DB_PASSWORD:-}
}

# Runs a main class of the application or of a library it carries (H2's tools).
run_main() {
  local main=$1
  shift
  if [ -n "${QINGLIAN_CLASSPATH:-}" ]; then
    java -cp "$QINGLIAN_CLASSPATH" "$main" "$@"
    return
  fi
  local jar=${QINGLIAN_JAR:-}
  if [ -z "$jar" ]; then
    jar=$(ls target/qinglian-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  fi
  [ -n "$jar" ] && [ -f "$jar" ] || die "set QINGLIAN_JAR to the application jar"
  # Spring Boot's launcher puts the libraries inside the jar on the class path, then runs loader.main.
  java -cp "$jar" -Dloader.main="$main" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
