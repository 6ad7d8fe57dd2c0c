#!/usr/bin/env bash
# The load benchmark (issue 13). Usage: load/run.sh [OfficialsSimulation|SaturationSimulation]
#
# 1. checks that the benchmark database (ansinh_bench on this machine's MariaDB, 127.0.0.1:3306, root) holds the
#    generator's 1,000,000 people and the payroll benchmark's 1,000,000 beneficiaries, else creates them with
#    ./mvnw test-compile exec:java@bench-payroll (about 10 minutes on 2 cores);
# 2. builds the WAR if it is missing (LOAD_BUILD=true rebuilds it);
# 3. starts the run command's stack on it (Keycloak on 8180, Payara Micro with the app on 8080, ANSINH_DEMO_DATA=false,
#    the app's heap LOAD_APP_XMX, default the run command's 768m, further JVM options LOAD_APP_JVM);
#    LOAD_APP_URL set means an app is already running there: nothing is started or stopped;
#    LOAD_NODES=2 (or more) starts the app as the run command's cluster instead (ANSINH_CLUSTER: that many Payara
#    Micro nodes on 8081… behind HAProxy on 8080, each with the heap LOAD_APP_XMX; issue 16's one node vs two);
# 4. runs the Gatling simulation (load/pom.xml), which creates its 200 officials in Keycloak (once), logs them in,
#    measures, and prints the table; meanwhile samples every 10 s the CPU of the load generator's JVM, the app,
#    MariaDB and Keycloak, and the load average (target/load/cpu-<simulation>.txt);
# 5. stops the stack it started.
# Duration: about 5 minutes for OfficialsSimulation (60 s of logins, 180 s measured), 8 minutes for
# SaturationSimulation (6 steps of 60 s), plus 2-3 minutes to start the stack.
set -euo pipefail
cd "$(dirname "$0")/.."
SIMULATION=${1:-OfficialsSimulation}
DB=${LOAD_DB_NAME:-ansinh_bench}
OUT=target/load
mkdir -p "$OUT"

people=$(mysql -h127.0.0.1 -uroot -N -e "SELECT COUNT(*) FROM $DB.benefit_case WHERE opened_by = 'bench'" 2>/dev/null || echo 0)
if [ "$people" -lt 1000000 ]; then
    echo "load: $DB has $people benchmark beneficiaries; creating the 1,000,000 (bench-payroll)..."
    ./mvnw -B -q test-compile exec:java@bench-payroll
fi

# the app's own database user (Payara's data source needs a password; root on this machine has none)
mysql -h127.0.0.1 -uroot -e "CREATE USER IF NOT EXISTS 'ansinh_load'@'127.0.0.1' IDENTIFIED BY 'ansinh_load_pw';
    CREATE USER IF NOT EXISTS 'ansinh_load'@'localhost' IDENTIFIED BY 'ansinh_load_pw';
    GRANT ALL PRIVILEGES ON \`$DB\`.* TO 'ansinh_load'@'127.0.0.1'; GRANT ALL PRIVILEGES ON \`$DB\`.* TO 'ansinh_load'@'localhost';"

STACK_PID=""
stop_stack() {
    if [ -n "$STACK_PID" ]; then
        echo "load: stopping the stack (pid $STACK_PID)"
        kill "$STACK_PID" 2>/dev/null || true
        wait "$STACK_PID" 2>/dev/null || true
    fi
}
trap stop_stack EXIT

if [ -z "${LOAD_APP_URL:-}" ]; then
    if [ "${LOAD_BUILD:-false}" = true ] || ! ls target/*.war >/dev/null 2>&1; then
        ./mvnw -B -q -DskipTests package
    fi
    echo "load: starting Keycloak and the app on $DB (log $OUT/stack.log)"
    ANSINH_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" \
    ANSINH_DB_USER=ansinh_load ANSINH_DB_PASSWORD=ansinh_load_pw ANSINH_DEMO_DATA=false \
    ANSINH_CLUSTER="${LOAD_NODES:-}" \
        ./mvnw -B -q -o exec:java -Dansinh.payara.xmx="${LOAD_APP_XMX:-768m}" -Dansinh.payara.jvm="${LOAD_APP_JVM:-}" >"$OUT/stack.log" 2>&1 &
    STACK_PID=$!
    until grep -q "AnSinh is running" "$OUT/stack.log"; do
        if ! kill -0 "$STACK_PID" 2>/dev/null; then
            echo "load: the stack did not start:"; tail -30 "$OUT/stack.log"; exit 1
        fi
        sleep 5
    done
    echo "load: the stack is up"
fi

ROOT=$(pwd)
mine() { # the first process matching the pattern that runs in this working tree (other stacks may run beside it)
    all_mine "$1" | head -1
}
all_mine() { # every such process (the cluster's nodes)
    local p
    for p in $(pgrep -f "$1"); do
        case "$(readlink "/proc/$p/cwd")" in "$ROOT"*) echo "$p" ;; esac
    done
}
cpu_ticks() { # utime + stime of the processes (a space-separated list), in clock ticks
    local p sum=0
    for p in $1; do
        [ -r "/proc/$p/stat" ] && sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
    done
    echo "$sum"
}
sample_cpu() { # every 10 s: load average and the CPU (% of one core) of each process over the last 10 s
    local file=$1 hz; hz=$(getconf CLK_TCK)
    echo "time      load1  generator%  app%  mariadb%  keycloak%  app-gc-ms  app-full-gcs  app-old%" >"$file"
    declare -A last
    while true; do
        local gatling app db kc
        gatling=$(mine 'io.gatling.app.Gatling')
        app=$(all_mine 'payara-micro.jar' | tr '\n' ' ')
        db=$(pgrep -x 'mariadbd' | head -1 || true)
        kc=$(mine 'quarkus-run.jar')
        local line; line="$(date +%H:%M:%S)  $(cut -d' ' -f1 /proc/loadavg)"
        for p in gatling app db kc; do
            local pid=${!p} now; now=$(cpu_ticks "$pid")
            local before=${last[$p]:-$now}
            line="$line  $(( (now - before) * 100 / (hz * 10) ))"
            last[$p]=$now
        done
        # the app's garbage collection over the last 10 s (jstat: total GC time, full collections, old generation)
        local gc; gc=$( [ -n "$app" ] && jstat -gcutil "${app%% *}" 2>/dev/null | tail -1 || true)
        if [ -n "$gc" ]; then
            local gct fgc old; gct=$(echo "$gc" | awk '{printf "%d", $NF * 1000}'); fgc=$(echo "$gc" | awk '{print $9}')
            old=$(echo "$gc" | awk '{print $4}')
            line="$line  $(( gct - ${last[gct]:-$gct} ))  $(( fgc - ${last[fgc]:-$fgc} ))  $old"
            last[gct]=$gct; last[fgc]=$fgc
        fi
        echo "$line" >>"$file"
        sleep 10
    done
}
sample_cpu "$OUT/cpu-$SIMULATION.txt" &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true; stop_stack' EXIT

./mvnw -B -q -f load/pom.xml gatling:test -Dload.simulation="vn.ansinh.load.$SIMULATION" | tee "$OUT/$SIMULATION.txt"
echo
echo "CPU (% of one core; the machine has $(nproc); app = all ${LOAD_NODES:-1} node(s), GC columns: the first node), every 10 s:"
cat "$OUT/cpu-$SIMULATION.txt"
