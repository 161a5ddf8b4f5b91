#!/usr/bin/env bash
# Benchmark of the whole build at three scales: the bundled example, and synthetic projects with
# 10x and 50x as many countries. For each: wall time, CPU time and peak memory of a cold JVM
# running `egm build`, and the growth factor against the bundled example.
#
#   bench/build-scale.sh [FACTORS...]     default factors: 1 10 50
#
# 100x is out of reach of the data model: ISO3 codes are three letters, 17,576 in all, fewer than
# 100 x 193; the largest factor is 91.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
factors=("$@")
[ $# -eq 0 ] && factors=(1 10 50)

./egm --version >/dev/null   # builds the jar if needed, outside the measurement
pick_jdk() {
  for d in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    [ -n "$d" ] && [ -x "$d/bin/java" ] || continue
    v=$("$d/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "${d%/}"; return 0; fi
  done
  return 1
}
JAVA_HOME=$(pick_jdk)
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }

JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$here/cli/target/egm.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %10s %10s %10s %12s %8s\n' scale countries wall_s cpu_s peak_MiB growth
base_wall=""
for f in "${factors[@]}"; do
  project="$work/p$f"
  if [ "$f" = 1 ]; then project=examples/egm-2021; else python3 bench/make-synthetic.py examples/egm-2021 "$project" "$f"; fi
  countries=$(($(wc -l < "$project/survey/countries.csv") - 1))
  # The same JVM options as ./egm, so the figures are what a user sees.
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$JAVA_HOME/bin/java" $JVM_OPTS \
      -jar cli/target/egm.jar build "$project" --out "$work/out$f" > "$work/log$f" 2>&1 || { cat "$work/log$f"; exit 1; }
  read -r wall user sys rss < "$work/time"
  cpu=$(echo "$user + $sys" | bc)
  [ -z "$base_wall" ] && base_wall=$wall
  growth=$(echo "scale=1; $wall / $base_wall" | bc)
  printf '%-8s %10d %10s %10s %12d %8s\n' "${f}x" "$countries" "$wall" "$cpu" $((rss / 1024)) "${growth}x"
done
echo
echo "Stage timings of the bundled example (ms):"
"$JAVA_HOME/bin/java" $JVM_OPTS -jar cli/target/egm.jar build --out "$work/t" --timings json | tail -n 1
