#!/usr/bin/env bash
# CI: the production install, from a fresh clone of the commit under test:
#   npm ci --omit=dev   (the `prepare` script builds the web app once; see docs/decisions/0012-production-install.md)
#   npx partnerwise serve   on a new data folder
# then /api/health and the web app's index (also for a client-side route) must answer, and a SIGTERM must stop it
# cleanly. Every failure — including not being able to clone, install or start — fails the run; nothing is skipped.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pw-prod-install.XXXXXX")"
pid=""
fail() {
  echo "ci-prod-install: FAILED: $*" >&2
  [ -f "$work/serve.log" ] && { echo "--- server log ---" >&2; cat "$work/serve.log" >&2; }
  exit 1
}
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
for tool in git npm node curl; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

echo "ci-prod-install: cloning $(git -C "$root" rev-parse --short HEAD) into $work/app (Node $(node --version))"
git clone --quiet --no-hardlinks "$root" "$work/app" || fail "git clone"
cd "$work/app"
started=$SECONDS
npm ci --omit=dev --no-audit --no-fund --prefer-offline >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm ci --omit=dev"; }
echo "ci-prod-install: npm ci --omit=dev took $((SECONDS - started)) s"
[ -f dist/web/index.html ] || fail "the install built no web app (dist/web/index.html is missing)"
# (typescript, vitest and drizzle-kit come in as peers of i18next and better-auth; the browser test tools must not.)
if [ -d node_modules/playwright-core ] || [ -d node_modules/axe-core ]; then fail "--omit=dev installed development packages"; fi

port="$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
PARTNERWISE_DATA_DIR="$work/data" PORT="$port" HOST=127.0.0.1 NODE_ENV=production PARTNERWISE_SEED_DEMO=false \
  npx --no-install partnerwise serve >"$work/serve.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  kill -0 "$pid" 2>/dev/null || fail "partnerwise serve exited before answering"
  curl -fsS -o /dev/null "$url/api/health" 2>/dev/null && break
  sleep 1
done
health="$(curl -fsS "$url/api/health")" || fail "GET /api/health did not answer within 300 s"
[[ "$health" == *'"status":"ok"'* ]] || fail "GET /api/health answered $health"
index="$(curl -fsS "$url/")" || fail "GET / did not answer"
[[ "$index" == *'<div id="root">'* ]] || fail "GET / is not the web app's index.html"
deep="$(curl -fsS "$url/companies")" || fail "GET /companies did not answer"
[[ "$deep" == "$index" ]] || fail "a client-side route did not get the web app's index.html"
asset="$(grep -o '/assets/[^"]*\.js' <<<"$index" | head -1)"
[ -n "$asset" ] && curl -fsS -o /dev/null "$url$asset" || fail "the web app's script $asset is not served"
[ -f "$work/data/partnerwise.lock" ] || fail "the server holds no lock on its data folder"

# Stop the server process itself (npx is its parent), as a process manager would.
server_pid="$(node -p 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).pid' "$work/data/partnerwise.lock")"
kill -TERM "$server_pid"
code=0
wait "$pid" || code=$?
pid=""
[ "$code" -eq 0 ] || fail "partnerwise serve exited with $code on SIGTERM"
[ ! -f "$work/data/partnerwise.lock" ] || fail "the lock file was left behind after a clean stop"
echo "--- production start log ---"
cat "$work/serve.log"
echo "ci-prod-install: OK — health $health, web app and $asset served, clean stop ($((SECONDS - started)) s)"
