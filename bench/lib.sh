# Shared by bench/run and bench/soak (sourced, not run): tools, build, starting Educa, signing in, driving wrk and
# reading its output. The caller sets: root (the project directory, current directory), port, base, work (a
# temporary directory), threads and conns (wrk's), and traps EXIT to call cleanup.

jar=target/payara-micro.jar; war=target/educa.war
educa_pid=""; nginx_pid=""; ready_ms=""; cookie=""; csrf=""

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
    rm -rf "$work"
}

# start_educa DB_DIR LOG [VAR=value ...]: starts Educa on the H2 database in DB_DIR, waits for the first 200 of /,
# sets educa_pid (the JVM: the start script execs it) and ready_ms
start_educa() {
    local db="$1" log="$2"; shift 2
    local start; start=$(date +%s%N)
    env "$@" PORT=$port DB_URL="jdbc:h2:$db/educa" EDUCA_MEDIA_DIR="$db/media" EDUCA_DIAGNOSTICS_ENABLED=true \
        server-config/start "$jar" "$war" > "$log" 2>&1 &
    educa_pid=$!
    until curl -sf -o /dev/null "$base/"; do
        sleep 0.1
        if ! kill -0 "$educa_pid" 2>/dev/null; then
            echo "Educa died; its log:" >&2; tail -30 "$log" >&2; exit 1
        fi
        if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 180 ]; then
            echo "Educa not ready after 180 s; see $log" >&2; exit 1
        fi
    done
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
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
