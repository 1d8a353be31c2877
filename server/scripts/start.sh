#!/bin/sh
# `npm start` (and `npm run bench`, which measures this same process): the bundled server,
# rebuilt when stale, with the settings the bench measured (README, "Running it").
# HUB_NODE_FLAGS replaces the node flags. exec: the server is this process, signals reach it.
set -e
cd "$(dirname "$0")/.."
node scripts/build-if-stale.mjs
# glibc gives freed memory back once 1 MB is free at the top of its heap, instead of raising
# that mark as large blocks come and go (embedded, 10,000-row pipeline: peak RSS ~20 MB lower).
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-1048576}"
# The embedded database runs inside this process: a smaller young generation leaves it room
# (peak ~10 MB lower, same speed). PostgreSQL mode keeps 8 MB for the graph's throughput.
semi=8
[ -n "${DATABASE_URL:-}" ] || semi=4
exec node ${HUB_NODE_FLAGS:---enable-source-maps --heap-growing-percent=50 --max-semi-space-size=$semi --no-liftoff} dist/app/main.cjs
