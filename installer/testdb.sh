# Sourced by quickstart.sh: a throwaway PostgreSQL cluster for the tests, on a free local port,
# run as the 'postgres' user, removed again on exit. Exports KLUPPLUZ_TEST_PG_URL (superuser over
# TCP, no password), KLUPPLUZ_TEST_PG_SOCKET (the Unix-socket folder) and KLUPPLUZ_TEST_PG_PORT.
# Other roles must give their password over TCP (scram-sha-256), so tests can check that a
# password really reaches the server; the socket trusts everyone.
start_test_postgres() {
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -z $pgbin ]]; then echo "PostgreSQL is niet geïnstalleerd" >&2; return 1; fi
  PG_TMP=$(mktemp -d /tmp/kluppluz-pg.XXXXXX)
  chmod 755 "$PG_TMP"
  local data=$PG_TMP/data sock=$PG_TMP/sock run_as=()
  PGPORT_TEST=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  if [[ $(id -u) -eq 0 ]]; then
    install -d -o postgres -g postgres -m 700 "$data"
    install -d -o postgres -g postgres -m 755 "$sock"
    run_as=(runuser -u postgres --)
  else
    install -d -m 700 "$data"; install -d -m 755 "$sock"
  fi
  "${run_as[@]}" "$pgbin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null || return 1
  printf '%s\n' 'local all all trust' \
    'host all postgres 127.0.0.1/32 trust' 'host all postgres ::1/128 trust' \
    'host all all 127.0.0.1/32 scram-sha-256' 'host all all ::1/128 scram-sha-256' \
    | "${run_as[@]}" tee "$data/pg_hba.conf" >/dev/null || return 1
  "${run_as[@]}" "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-p $PGPORT_TEST -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null || { cat "$data/server.log" >&2; return 1; }
  PG_STOP=("${run_as[@]}" "$pgbin/pg_ctl" -D "$data" -m immediate stop)
  export KLUPPLUZ_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT_TEST/postgres"
  export KLUPPLUZ_TEST_PG_SOCKET="$sock" KLUPPLUZ_TEST_PG_PORT="$PGPORT_TEST"
  echo "PostgreSQL voor de tests: poort $PGPORT_TEST"
}

stop_test_postgres() {
  if [[ -n ${PG_STOP+x} ]]; then "${PG_STOP[@]}" >/dev/null 2>&1 || true; fi
  [[ -n ${PG_TMP:-} ]] && rm -rf "$PG_TMP"
}
