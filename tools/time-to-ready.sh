#!/usr/bin/env bash
# Times the README's run command on a fresh clone: from `dotnet run --project src/ResumeLens.Web`
# (restore and build included) until /health/ready answers 200. Usage: tools/time-to-ready.sh [RUNS]
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
runs=${1:-1}
port=5080   # the launch profile's address
work=$(mktemp -d)
trap 'pkill -f "$work/clone/src/ResumeLens.Web" 2>/dev/null || true; rm -rf "$work"' EXIT
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is already in use; stop what listens there first" >&2
  exit 1
fi
for run in $(seq 1 "$runs"); do
  rm -rf "$work/clone"
  git clone -q "$repo" "$work/clone"
  cd "$work/clone"
  start=$(date +%s.%N)
  dotnet run --project src/ResumeLens.Web > "$work/run.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the web app exited before it was ready:" >&2
      tail -5 "$work/run.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  printf 'run %d: /health/ready = 200 after %.1f s\n' "$run" "$(echo "$end - $start" | bc)"
  pkill -f "$work/clone/src/ResumeLens.Web" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cd "$repo"
done
