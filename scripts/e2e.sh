#!/usr/bin/env bash
# End-to-end tests of the packaged extension in a real VS Code workbench
# (code-server 4.96.4 = VS Code 1.96.4, driven by Debian's chromium through playwright-core).
#
#   1. scripts/e2e-setup.sh      installs code-server, playwright-core, chromium into .cache/e2e (cached)
#   2. npm run package           builds the bundles and packages the real gongwen-lint.vsix
#   3. node --test test/e2e/     each suite installs that .vsix into a fresh code-server with
#                                `code-server --install-extension` and drives the workbench
#
# Usage: npm run test:e2e      (or: bash scripts/e2e.sh [test files...])
# Knobs: E2E_VSIX=path.vsix    test this .vsix instead of packaging one (quick local re-runs)
#        E2E_HEADED=1, E2E_DEBUG=1, E2E_KEEP=1   see test/e2e/harness.mjs
#        E2E_UPDATE_IMAGES=1   also copy three screenshots to the tracked docs/images/e2e-*.png
#                              (npm run test:e2e:images); otherwise screenshots stay in test/e2e/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export npm_config_update_notifier=false

T0=$(date +%s)
secs() { echo $(( $(date +%s) - $1 )); }

# 1. Toolchain (idempotent; ~3 min on a fresh machine, <1 s afterwards).
t=$(date +%s)
bash scripts/e2e-setup.sh
# A CJK font, or chromium draws every Chinese character as a box (screenshots, docs/images).
if ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
  echo "==> [e2e] apt-get install fonts-wqy-microhei"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends fonts-wqy-microhei ) \
    >"${E2E_CACHE_DIR:-$ROOT/.cache/e2e}/apt-fonts.log" 2>&1 || { tail -n 20 "${E2E_CACHE_DIR:-$ROOT/.cache/e2e}/apt-fonts.log" >&2; exit 1; }
fi
SETUP_S=$(secs "$t")

# 2. The project's own dependencies (a fresh clone has none; CI has already run `npm ci`).
if [ ! -x node_modules/.bin/vsce ] || [ ! -x node_modules/.bin/esbuild ]; then
  echo "==> [e2e] npm ci"
  npm ci --no-audit --no-fund
fi

# 3. The real .vsix, exactly as `npm run package` builds it.
t=$(date +%s)
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX="$(cd "$(dirname "$E2E_VSIX")" && pwd)/$(basename "$E2E_VSIX")"
  [ -f "$VSIX" ] || { echo "e2e: E2E_VSIX=$E2E_VSIX does not exist" >&2; exit 2; }
  echo "==> [e2e] using E2E_VSIX=$VSIX (not packaging)"
else
  echo "==> [e2e] npm run package"
  VSIX="$ROOT/gongwen-lint.vsix"
  rm -f "$VSIX"
  if ! npm run package; then
    echo "e2e: 'npm run package' failed: the .vsix cannot be built, so there is nothing to test" >&2
    exit 1
  fi
fi
PACKAGE_S=$(secs "$t")
# The files the extension cannot run without must be in the package.
listing="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$VSIX")"
for f in extension/package.json extension/client/dist/extension.js extension/client/dist/languageClient.js extension/server/dist/server.js extension/server/dist/server-main.js extension/server/dist/server-heavy.js; do
  grep -qx "$f" <<<"$listing" || { echo "e2e: $f missing from $VSIX" >&2; exit 1; }
done
echo "==> [e2e] $VSIX ($(du -h "$VSIX" | cut -f1))"

# 4. The suites, one at a time (each runs its own code-server and chromium).
t=$(date +%s)
mkdir -p test/e2e/screenshots
if [ "$#" -gt 0 ]; then files=("$@"); else files=(test/e2e/*.test.mjs); fi
set +e
GONGWEN_E2E_VSIX="$VSIX" node --test --test-concurrency=1 --test-reporter=spec "${files[@]}"
rc=$?
set -e
SUITE_S=$(secs "$t")

echo "==> [e2e] timings: setup ${SETUP_S}s, package ${PACKAGE_S}s, suites ${SUITE_S}s, total $(secs "$T0")s"
echo "==> [e2e] screenshots: test/e2e/screenshots/"
exit "$rc"
