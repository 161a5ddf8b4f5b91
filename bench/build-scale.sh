#!/usr/bin/env bash
# Benchmark of the whole build at three scales: the bundled example, and synthetic projects with
# 10x and 91x as many countries. For each: wall time, CPU time and peak memory of a cold JVM
# running `egm build` into a new folder (nothing to reuse), the growth factor against the bundled
# example, and the wall and CPU time of a rebuild into the same folder (every figure and PDF
# reused). Then, for the bundled example, a rebuild after editing one recommendation.
#
#   bench/build-scale.sh [FACTORS...]     default factors: 1 10 91
#   RUNS=N bench/build-scale.sh           cold builds of the example to take the median of (default 5;
#                                         this machine's speed varies by a third over a day)
#
# 100x is out of reach of the data model: ISO3 codes are three letters, 17,576 in all, fewer than
# 100 x 193; the largest factor is 91. There are no cities to scale: a project's inputs are per
# country.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
factors=("$@")
[ $# -eq 0 ] && factors=(1 10 91)

command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Outside the measurement: build the jar if needed, and let the launcher record its start-up cache
# (JDK 25+) with one build, so each figure is what a user sees on every build after the first.
./egm build --out "$work/warm" >/dev/null 2>&1
# Start-up (launcher and JVM, no work): the growth of the work is measured above it.
/usr/bin/time -f '%e' -o "$work/start" ./egm --version >/dev/null
start=$(cat "$work/start")
echo "start-up: ${start} s"
# The launcher asks for transparent huge pages when the kernel offers them; without them a build
# spends more of its time in page faults (see README, Benchmarks), so say which this machine gave.
thp=/sys/kernel/mm/transparent_hugepage/enabled
echo "transparent huge pages: $( [ -r $thp ] && sed -n 's/.*\[\(.*\)\].*/\1/p' $thp || echo 'not offered')"
printf '%-8s %10s %10s %10s %12s %8s %12s %14s %14s\n' scale countries wall_s cpu_s peak_MiB growth work_growth \
    rebuild_wall_s rebuild_cpu_s
base_wall=""
range=""
for f in "${factors[@]}"; do
  project="$work/p$f"
  if [ "$f" = 1 ]; then project=examples/egm-2021; else python3 bench/make-synthetic.py examples/egm-2021 "$project" "$f"; fi
  countries=$(($(wc -l < "$project/survey/countries.csv") - 1))
  # Through the launcher, as a user runs it: the figures include its checks and the JVM's start.
  # The example is built RUNS times, each into a new folder: its figures are the medians (peak: the
  # largest); a larger scale once.
  n=1; [ "$f" = 1 ] && n=${RUNS:-5}
  : > "$work/times"
  for _ in $(seq "$n"); do
    rm -rf "$work/out$f"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" ./egm build "$project" --out "$work/out$f" > "$work/log$f" 2>&1 \
        || { cat "$work/log$f"; exit 1; }
    cat "$work/time" >> "$work/times"
  done
  wall=$(awk '{print $1}' "$work/times" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$work/times" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  rss=$(awk '{print $4}' "$work/times" | sort -n | tail -n 1)
  if [ "$n" -gt 1 ]; then
    range=$(awk '{print $1}' "$work/times" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}')
  fi
  [ -z "$base_wall" ] && base_wall=$wall
  growth=$(echo "scale=1; $wall / $base_wall" | bc)
  work_growth=$(echo "scale=1; ($wall - $start) / ($base_wall - $start)" | bc)
  # The same build again into the same folder: what an editor's next build costs when nothing changed.
  /usr/bin/time -f '%e %U %S' -o "$work/time" ./egm build "$project" --out "$work/out$f" > "$work/log$f" 2>&1 \
      || { cat "$work/log$f"; exit 1; }
  read -r rwall ruser rsys < "$work/time"
  printf '%-8s %10d %10s %10s %12d %8s %12s %14s %14s\n' "${f}x" "$countries" "$wall" "$cpu" $((rss / 1024)) \
      "${growth}x" "${work_growth}x" "$rwall" "$(echo "$ruser + $rsys" | bc)"
  rm -rf "$work/out$f"
done
[ -n "$range" ] && echo "the example's ${RUNS:-5} cold builds: the median shown; wall ${range} s"
echo
# An editor's usual rebuild: one recommendation reworded, so the report and the meeting's pages change.
cp -r examples/egm-2021 "$work/edited"
./egm build "$work/edited" --out "$work/e" >/dev/null 2>&1
sed -i '0,/Keep the EGDI comparable over time/s//Keep the EGDI comparable from one edition to the next/' \
    "$work/edited/meeting/recommendations.csv"
/usr/bin/time -f '%e %U %S' -o "$work/time" ./egm build "$work/edited" --out "$work/e" > "$work/loge" 2>&1 \
    || { cat "$work/loge"; exit 1; }
read -r ewall euser esys < "$work/time"
echo "rebuild after editing one recommendation: ${ewall} s wall, $(echo "$euser + $esys" | bc) s CPU;" \
    "$(grep -o 'Reused [0-9]* of [0-9]*' "$work/loge")"
echo
echo "Stage timings of the bundled example, new folder then rebuild (ms):"
./egm build --out "$work/t" --timings json 2>/dev/null | tail -n 1
./egm build --out "$work/t" --timings json 2>/dev/null | tail -n 1
