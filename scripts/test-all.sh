#!/usr/bin/env bash
# `npm test`: every check, cheapest first, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says when it starts, so a slow CI shows where its time went.
step() { printf '\n== %s (at %ss)\n' "$1" "$SECONDS"; }

step "lint";               npm run --silent lint
step "type-check";         npm run --silent typecheck
step "unit tests";         npm run --silent test:unit
# Built once, before the integration tests: some start the production server (http-edge,
# backup), which would otherwise build inside a test's time, and the browser tests run
# against this build of the current code.
step "build";              npm run --silent build
step "integration tests";  npm run --silent test:integration
# The same suite on PostgreSQL when a server is named (.ci/run sets it; README, PostgreSQL).
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  step "integration tests (PostgreSQL)"; TEST_DATABASE_URL="$TEST_POSTGRES_URL" npm run --silent test:integration
fi
step "kiosk agent tests";  npm run --silent test:agent
step "browser tests";      npm run --silent test:e2e
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  # Each run makes and drops a database of its own there (e2e/global-setup.ts); this pass
  # also starts a second server process on it (e2e/two-processes.spec.ts).
  step "browser tests (PostgreSQL)"; E2E_POSTGRES_URL="$TEST_POSTGRES_URL" npm run --silent test:e2e
fi
printf '\n== all passed in %ss\n' "$SECONDS"
