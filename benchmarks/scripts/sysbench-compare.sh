#!/usr/bin/env bash
# Side-by-side sysbench: MiniAurora vs MariaDB 10.11 on the same machine, in one run (issue #4).
# Starts both servers on spare loopback ports with fresh data directories, runs each workload at each
# thread count against both, prints a table with the ratios and writes it to benchmarks/RESULTS-sysbench.md.
#   usage: benchmarks/scripts/sysbench-compare.sh [seconds per run (15)] [table size (10000)] [threads ("1 8")]
# Needs: sysbench, mariadb-server (for mariadbd and mariadb-install-db), the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
TIME=${1:-15}
SIZE=${2:-10000}
THREADS=${3:-"1 8"}
WORKLOADS="oltp_point_select oltp_read_only oltp_read_write oltp_insert oltp_update_index"
WORK=$(mktemp -d /tmp/miniaurora-bench.XXXXXX)
MA_PORT=$((20000 + RANDOM % 10000)); MDB_PORT=$((MA_PORT + 1))
OUT=benchmarks/RESULTS-sysbench.md
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

echo "building MiniAurora (Release)..."
dotnet build -c Release src/MiniAurora.Server -v q -nologo >/dev/null

echo "starting MiniAurora on $MA_PORT (innodb_flush_log_at_trx_commit=1)"
dotnet src/MiniAurora.Server/bin/Release/net10.0/MiniAurora.Server.dll --port=$MA_PORT --datadir="$WORK/ma" \
  --innodb-flush-log-at-trx-commit=1 --max-connections=1000 > "$WORK/ma.log" 2>&1 &
pids+=($!)
echo "starting MariaDB on $MDB_PORT (default durable settings)"
mariadb-install-db --no-defaults --datadir="$WORK/mdb" --user=root > "$WORK/mdb-install.log" 2>&1
mariadbd --no-defaults --datadir="$WORK/mdb" --port=$MDB_PORT --bind-address=127.0.0.1 --socket="$WORK/mdb.sock" \
  --user=root --max-connections=1000 > "$WORK/mdb.log" 2>&1 &
pids+=($!)

wait_ready() { for _ in $(seq 1 120); do mariadb --no-defaults -h127.0.0.1 -P"$1" -uroot "${@:2}" -e "select 1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "server on $1 did not start"; exit 1; }
wait_ready $MA_PORT
for _ in $(seq 1 120); do [ -S "$WORK/mdb.sock" ] && break; sleep 0.5; done
mariadb --no-defaults -S "$WORK/mdb.sock" -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES"
wait_ready $MDB_PORT

run() { # port workload threads -> qps
  sysbench "$2" --mysql-host=127.0.0.1 --mysql-port="$1" --mysql-user=root --mysql-db=sbtest --tables=1 --table-size=$SIZE \
    --threads="$3" --time=$TIME --report-interval=0 run 2>&1 | awk '/queries:/ {gsub(/\(/,"",$3); print $3}'
}
prepare() { # port
  mariadb --no-defaults -h127.0.0.1 -P"$1" -uroot -e "DROP DATABASE IF EXISTS sbtest; CREATE DATABASE sbtest"
  sysbench oltp_common --mysql-host=127.0.0.1 --mysql-port="$1" --mysql-user=root --mysql-db=sbtest --tables=1 --table-size=$SIZE prepare >/dev/null
}

{
  echo "| workload | threads | MiniAurora QPS | MariaDB QPS | ratio |"
  echo "|---|---|---|---|---|"
} > "$WORK/table.md"
for w in $WORKLOADS; do
  for t in $THREADS; do
    # Fresh tables per run so inserts and deletes of earlier runs don't skew the next.
    prepare $MA_PORT; prepare $MDB_PORT
    echo "  $w, $t thread(s): MiniAurora..."; ma=$(run $MA_PORT "$w" "$t")
    echo "  $w, $t thread(s): MariaDB...";    mdb=$(run $MDB_PORT "$w" "$t")
    ratio=$(awk -v a="$ma" -v b="$mdb" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    echo "| $w | $t | $ma | $mdb | $ratio |" | tee -a "$WORK/table.md"
  done
done

{
  echo "# sysbench: MiniAurora vs MariaDB 10.11"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`benchmarks/scripts/sysbench-compare.sh $TIME $SIZE \"$THREADS\"\`: sysbench $(sysbench --version | awk '{print $2}'),"
  echo "1 table of $SIZE rows, $TIME s per run, both servers on this machine ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); MiniAurora with innodb_flush_log_at_trx_commit=1,"
  echo "MariaDB $(mariadbd --version | awk '{print $3}') with its default (durable) settings."
  echo
  cat "$WORK/table.md"
} > "$OUT"
echo; cat "$OUT"
