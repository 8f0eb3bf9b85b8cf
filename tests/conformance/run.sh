#!/usr/bin/env bash
# Runs the conformance tests against the Prism mock server serving the OpenAI OpenAPI spec.
#
#   tests/conformance/run.sh path/to/openai_conformance_tests [doctest options...]
#
# Starts Prism on a free 127.0.0.1 port, waits until it listens, runs the tests with
# OPENAI_BASE_URL pointing at it, and stops Prism however the run ends. Missing node, Prism or
# spec is a failure, never a skip: a conformance run that checked nothing must not look green.
# PRISM_LOG names Prism's log file (default: prism.log next to the test executable).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
spec="$here/openai.prism.json"
prism="$here/node_modules/@stoplight/prism-cli/dist/index.js"

fail() {
    echo "conformance: $*" >&2
    exit 1
}

[ $# -ge 1 ] || fail "usage: $0 TEST_EXECUTABLE [doctest options...]"
tests=$1
shift
[ -x "$tests" ] || fail "the test executable '$tests' does not exist (build openai_conformance_tests)"
command -v node >/dev/null || fail "node is not installed (Debian: apt-get install nodejs npm)"
[ -f "$prism" ] || fail "Prism is not installed at $prism: run 'npm ci --prefix tests/conformance' from the repository root"
[ -f "$spec" ] || fail "the spec $spec is missing"

log=${PRISM_LOG:-"$(dirname "$tests")/prism.log"}
: >"$log"

# A port the kernel just handed out, so it was free a moment ago. Prism failing to bind it
# anyway (another process took it) shows in its log below.
port=$(node -e 'const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
[ -n "$port" ] || fail "could not find a free port"

prism_pid=""
watchdog_pid=""
stop_prism() {
    if [ -n "$watchdog_pid" ]; then kill "$watchdog_pid" 2>/dev/null || true; fi
    if [ -n "$prism_pid" ] && kill -0 "$prism_pid" 2>/dev/null; then
        kill "$prism_pid" 2>/dev/null || true
        # Give it a moment to exit, then insist.
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$prism_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -9 "$prism_pid" 2>/dev/null || true
        wait "$prism_pid" 2>/dev/null || true
    fi
}
trap stop_prism EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node "$prism" mock -h 127.0.0.1 -p "$port" "$spec" >"$log" 2>&1 &
prism_pid=$!

# The EXIT trap does not run when this script is killed outright (e.g. SIGKILL on a ctest
# timeout): this watchdog then stops Prism once the script is gone.
script_pid=$$
(
    trap - EXIT INT TERM
    while kill -0 "$script_pid" 2>/dev/null; do sleep 1; done
    kill "$prism_pid" 2>/dev/null || true
) </dev/null >/dev/null 2>&1 &
watchdog_pid=$!

echo "conformance: starting Prism on 127.0.0.1:$port (log: $log)"
deadline=$((SECONDS + 90))
until grep -q "Prism is listening" "$log"; do
    if ! kill -0 "$prism_pid" 2>/dev/null; then
        tail -n 30 "$log" >&2
        prism_pid=""
        fail "Prism exited before it listened (log above, in full in $log)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        tail -n 30 "$log" >&2
        fail "Prism did not listen within 90 s (log above, in full in $log)"
    fi
    sleep 0.5
done
echo "conformance: Prism is listening after $((SECONDS + 90 - deadline)) s"

status=0
OPENAI_BASE_URL="http://127.0.0.1:$port/v1" "$tests" "$@" || status=$?
if [ "$status" != 0 ]; then
    echo "conformance: the tests failed (exit $status); Prism's log: $log" >&2
fi
exit "$status"
