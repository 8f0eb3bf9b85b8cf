#!/usr/bin/env bash
# Runs every example against the local OpenAI-compatible server and checks what it prints.
# Usage: tests/run_examples.sh DIR_WITH_EXAMPLE_BINARIES
set -euo pipefail
bin=$(cd "$1" && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin/openai-local-server" --port 0 --exit-after-seconds 300 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/server.log" 2>/dev/null && break
    sleep 0.1
done
base_url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/server.log" | head -n 1)
if [ -z "$base_url" ]; then
    echo "the local server did not start:"; cat "$work/server.log"; exit 1
fi
export OPENAI_BASE_URL="$base_url" OPENAI_API_KEY="sk-local-example-key"
echo "local server: $OPENAI_BASE_URL"

failures=0
check() {  # description, expected text (grep -E), command...
    local what=$1 expected=$2; shift 2
    local out
    if out=$("$@" 2>&1) && grep -qE -- "$expected" <<<"$out"; then
        echo "ok   - $what"
    else
        echo "FAIL - $what: expected /$expected/, got:"; echo "$out" | sed 's/^/       /'
        failures=$((failures + 1))
    fi
}
check_fails() {  # description, expected stderr text, command...
    local what=$1 expected=$2; shift 2
    local out status=0
    out=$("$@" 2>&1) || status=$?
    if [ "$status" = 1 ] && grep -qE -- "$expected" <<<"$out"; then
        echo "ok   - $what"
    else
        echo "FAIL - $what: expected exit 1 and /$expected/, got exit $status:"; echo "$out" | sed 's/^/       /'
        failures=$((failures + 1))
    fi
}

check "quickstart" "1536 dimensions" "$bin/quickstart"
check "chat echoes the message" "Hello from the examples" "$bin/chat" "Hello from the examples"
check "chat_stream streams the echo" "You said: Stream this please" "$bin/chat_stream" "Stream this please"
check "chat_stream reports usage" "tokens: [0-9]+ prompt" "$bin/chat_stream" "Count my tokens"
check "embeddings of two texts" "cosine" "$bin/embeddings" "first text" "second text"
check "images writes PNG files" "image-0.png" "$bin/images" --out-dir "$work" "a tiny otter"
check "the written file is a PNG" "PNG image data|PNG" head -c 8 "$work/image-0.png"
check "models lists models" "gpt-4o" "$bin/models"
check "completions" "." "$bin/completions" "Say this is a test"
check "responses answers and continues" "You said: Now make it rhyme" "$bin/responses" --follow-up "Now make it rhyme." \
    "Write a story"
check "responses_stream streams the echo" "You said: Stream this answer" "$bin/responses_stream" "Stream this answer"
check "responses_tools calls the tool and sends its output back" "The tool said: Sunny, 24 C in Paris" \
    "$bin/responses_tools"
check "conversation holds the items of its responses" "4 items in the conversation" "$bin/conversation" \
    "First turn" "Second turn"
check_fails "a missing model is model_not_found_error" "model_not_found_error" "$bin/models" no-such-model
OPENAI_BASE_URL="http://127.0.0.1:1/v1" check_fails "an unreachable server is api_connection_error" \
    "api_connection_error" "$bin/models"

if [ "$failures" != 0 ]; then
    echo "$failures example check(s) failed"; exit 1
fi
echo "all example checks passed"
