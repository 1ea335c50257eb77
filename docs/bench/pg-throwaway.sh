# Sourced by the PostGIS side-by-side scripts in this folder: a throwaway PostgreSQL 15 + PostGIS 3
# server on 127.0.0.1 in a temporary directory, removed (and the server stopped) on exit.
#
#   source docs/bench/pg-throwaway.sh
#   pg_throwaway_start NAME PARALLEL      # NAME for messages and the temp dir; PARALLEL = max_parallel_workers_per_gather
#   "${PSQL[@]}" -c 'select 1'            # psql on database "bench" (postgis not yet created)
#
# Sets: PGBIN, PORT, WORK, DATA, SERVER_LOG, PSQL (array), as_pg (runs as the postgres user when root).
# Knobs: PGPORT_BENCH (port; default first free from 55432), KEEP_DATA=1 (leave the temp dir),
# SKIP_INSTALL=1 (never apt-get). Installs postgresql-15 and postgresql-15-postgis-3 when root and missing.

pg_die() { echo "$PG_NAME: error: $*" >&2; exit 1; }
pg_log() { echo "$PG_NAME: $*" >&2; }

pg_throwaway_start() {
    PG_NAME=$1
    local parallel=${2:-0}
    PGBIN=/usr/lib/postgresql/15/bin
    pkg_ok() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
    if ! pkg_ok postgresql-15 || ! pkg_ok postgresql-15-postgis-3; then
        [[ "${SKIP_INSTALL:-0}" == 1 ]] && pg_die "postgresql-15 / postgresql-15-postgis-3 missing and SKIP_INSTALL=1"
        [[ $EUID -eq 0 ]] || pg_die "postgresql-15 / postgresql-15-postgis-3 missing; run as root (or install them first)"
        pg_log "installing postgresql-15 postgresql-15-postgis-3 (apt-get) ..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q postgresql-15 postgresql-15-postgis-3 >&2 \
            || { apt-get update -qq && apt-get install -y -q postgresql-15 postgresql-15-postgis-3 >&2; } \
            || pg_die "apt-get install failed"
    fi
    [[ -x "$PGBIN/postgres" && -x "$PGBIN/initdb" && -x "$PGBIN/pg_ctl" && -x "$PGBIN/psql" ]] \
        || pg_die "PostgreSQL 15 binaries not found in $PGBIN"
    compgen -G "/usr/share/postgresql/15/extension/postgis.control" >/dev/null \
        || pg_die "postgis extension files missing for PostgreSQL 15"
    # the server must not run as root: as the 'postgres' system user when we are root
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || pg_die "system user 'postgres' missing (it comes with postgresql-common)"
        as_pg() { runuser -u postgres -- "$@"; }
    else
        as_pg() { "$@"; }
    fi
    port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
    if [[ -n "${PGPORT_BENCH:-}" ]]; then
        PORT=$PGPORT_BENCH
        port_busy "$PORT" && pg_die "port $PORT on 127.0.0.1 is already in use"
    else
        PORT=55432
        while port_busy "$PORT"; do PORT=$((PORT + 1)); (( PORT < 55532 )) || pg_die "no free port in 55432-55531"; done
    fi
    WORK=$(mktemp -d "/tmp/$PG_NAME.XXXXXX")
    DATA=$WORK/data
    SERVER_LOG=$WORK/server.log
    PG_STARTED=0
    trap pg_throwaway_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    [[ $EUID -eq 0 ]] && chown postgres: "$WORK"
    chmod 711 "$WORK"
    pg_log "initdb in $DATA ..."
    as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C >"$WORK/initdb.log" 2>&1 \
        || { cat "$WORK/initdb.log" >&2; pg_die "initdb failed"; }
    pg_log "starting PostgreSQL on 127.0.0.1:$PORT ..."
    # loopback only, socket in the temp dir, durability off (a throwaway cluster), JIT off (it only
    # adds compile time to queries whose cost is inside PostGIS/GEOS calls)
    local setsid=()
    setsid --wait true 2>/dev/null && setsid=(setsid --wait)
    as_pg "${setsid[@]}" "$PGBIN/pg_ctl" -D "$DATA" -l "$SERVER_LOG" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories='$WORK'" \
        -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        -o "-c shared_buffers=512MB -c work_mem=256MB -c jit=off" \
        -o "-c max_parallel_workers_per_gather=$parallel" \
        start >/dev/null || pg_die "server did not start (log: $SERVER_LOG)"
    PG_STARTED=1
    PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d bench)
    as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres bench
}

pg_throwaway_cleanup() {
    local rc=$?
    set +e
    if [[ ${PG_STARTED:-0} == 1 ]]; then
        pg_log "stopping the server ..."
        as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1
        local i
        for ((i = 0; i < 50; i++)); do [[ -e "$DATA/postmaster.pid" ]] || break; sleep 0.2; done
        [[ -e "$DATA/postmaster.pid" ]] && pg_log "warning: server in $DATA may still be running"
    fi
    if [[ $rc -ne 0 && -f "$SERVER_LOG" ]]; then
        echo "$PG_NAME: --- last lines of the server log ---" >&2
        tail -n 20 "$SERVER_LOG" >&2
    fi
    if [[ "${KEEP_DATA:-0}" == 1 ]]; then
        pg_log "kept $WORK (server stopped)"
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
