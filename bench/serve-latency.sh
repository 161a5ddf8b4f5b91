#!/usr/bin/env bash
# How long `egm serve` takes from a saved file to the new site being served, as a browser sees it:
# the time from writing the file until the preview's version (what open pages poll to reload)
# moves on. Runs on a copy of the bundled example; prints each edit's latency and the median.
#
#   bench/serve-latency.sh [EDITS]     default 10 edits of each kind
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
edits=${1:-10}
command -v curl >/dev/null || { echo "bench: needs curl" >&2; exit 2; }
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp -r examples/egm-2021 "$work/project"
./egm serve "$work/project" --out "$work/out" --port 0 > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do grep -q '^Serving' "$work/log" && break; sleep 0.25; done
url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$work/log")
[ -n "$url" ] || { cat "$work/log"; exit 1; }
version() { curl -s "${url}__egm/version"; }
now_ms() { date +%s%3N; }

measure() { # $1: label, $2: a command that edits one file
  local label=$1 edit=$2 times=()
  for i in $(seq 1 "$edits"); do
    before=$(version)
    start=$(now_ms)
    eval "$edit"
    while [ "$(version)" = "$before" ]; do
      [ $(( $(now_ms) - start )) -gt 30000 ] && { echo "no new version within 30 s" >&2; cat "$work/log" >&2; exit 1; }
    done
    times+=($(( $(now_ms) - start )))
    sleep 3     # let the background PDFs of a meeting edit finish, as between an editor's saves
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
  printf '%-34s median %5d ms   each: %s\n' "$label" "$median" "${times[*]}"
}

cd "$work/project"
measure "content/about.md (one page)" 'echo "Edit $i." >> content/about.md'
measure "meeting/recommendations.csv" 'sed -i -E "2s/,[0-9]+\$/,$(( i % 2 + 3 ))/" meeting/recommendations.csv'
echo
echo "The preview's own account of the last rebuilds:"
grep -E '^(Built|PDFs)' "$work/log" | tail -n 4
