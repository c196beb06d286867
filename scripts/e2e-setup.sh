#!/usr/bin/env bash
# Install the end-to-end test toolchain: a real VS Code workbench (code-server
# 4.96.4 = VS Code 1.96.4, Node 20) and a browser driver (playwright-core +
# Debian's chromium), and a zh-cn language pack for it built from VS Code's own translations on npm
# (step 5, scripts/e2e-langpack.mjs). Idempotent: finished steps are remembered in stamp files
# under .cache/e2e/.stamps and skipped on the next run.
#
# Usage: bash scripts/e2e-setup.sh        (E2E_FORCE=1 to redo every step)
# Needs: Node 20, npm registry, Debian apt (root or sudo), build tools, python3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${E2E_CACHE_DIR:-$ROOT/.cache/e2e}"
CODE_SERVER_VERSION="4.96.4"
PLAYWRIGHT_CORE_VERSION="1.65.1"
# VS Code's own zh-hans translations from npm (monaco-vscode-api 13.1.6 is built from VS Code 1.96.4, as code-server 4.96.4),
# turned into a language pack for code-server by scripts/e2e-langpack.mjs. Its own stamp: changing it does not redo the rest.
LANGPACK_VERSION="13.1.6"
# The pack's stamp names the builder's own hash too: a change to scripts/e2e-langpack.mjs rebuilds the pack.
LANGPACK_STAMP="langpack-$LANGPACK_VERSION-$(sha1sum "$ROOT/scripts/e2e-langpack.mjs" | cut -c1-12)"
LANGPACK_PACKAGES=(language-pack-zh-hans workbench-service-override views-service-override markers-service-override
  explorer-service-override output-service-override preferences-service-override search-service-override outline-service-override)
# Lock file for code-server's bundled VS Code dependencies (replaces its
# npm-shrinkwrap.json, which pins a git+ssh GitHub dependency).
VSCODE_LOCK="$ROOT/test/e2e/vscode-server.package-lock.json"
STAMPS="$CACHE/.stamps"
NPM_QUIET=(--no-audit --no-fund --no-progress --loglevel=error)

export DEBIAN_FRONTEND=noninteractive
export npm_config_update_notifier=false

T0=$(date +%s)
step_start() { STEP_NAME="$1"; STEP_T0=$(date +%s); echo "==> [e2e-setup] $STEP_NAME"; }
step_end() { echo "    done in $(( $(date +%s) - STEP_T0 ))s"; }
skip() { echo "==> [e2e-setup] $1: already done, skipping"; }
die() { echo "e2e-setup: error: $*" >&2; exit 1; }

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = "20" ] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)"

# A change of any input below invalidates the stamps.
lock_sum="$(sha256sum "$VSCODE_LOCK" | cut -c1-16)"
KEY="code-server=$CODE_SERVER_VERSION playwright-core=$PLAYWRIGHT_CORE_VERSION node=$node_major lock=$lock_sum"
mkdir -p "$CACHE" "$STAMPS"
if [ "${E2E_FORCE:-}" = "1" ] || [ "$(cat "$STAMPS/key" 2>/dev/null || true)" != "$KEY" ]; then
  rm -rf "${STAMPS:?}"/* "$CACHE/node_modules"
  echo "$KEY" > "$STAMPS/key"
fi
done_step() { [ -f "$STAMPS/$1" ]; }
mark_step() { touch "$STAMPS/$1"; }
# Run npm with its output in a log file; show the log's tail if it fails.
LOGS="$CACHE/logs"
mkdir -p "$LOGS"
run_npm() {
  local log="$LOGS/$1.log"; shift
  if ! npm "$@" "${NPM_QUIET[@]}" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "npm $* failed (full log: $log)"
  fi
}

if [ -f "$STAMPS/all" ] && [ -f "$STAMPS/$LANGPACK_STAMP" ] && [ -x /usr/bin/chromium ] && \
   [ -f "$CACHE/node_modules/code-server/lib/vscode/node_modules.asar/@vscode/spdlog/package.json" ]; then
  echo "==> [e2e-setup] everything up to date ($KEY)"
  exit 0
fi

# ---- 1. system packages (in the background while npm downloads) ----------
apt_pkgs=()
[ -x /usr/bin/chromium ] || apt_pkgs+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || apt_pkgs+=(libkrb5-dev)   # for the kerberos native module
# The Word export is opened in LibreOffice and rendered with poppler (test/e2e/docx-libreoffice.test.mjs).
[ -x /usr/bin/soffice ] || apt_pkgs+=(libreoffice-writer-nogui)
[ -x /usr/bin/pdfinfo ] && [ -x /usr/bin/pdftoppm ] || apt_pkgs+=(poppler-utils)
APT_PID=""
APT_LOG="$CACHE/apt.log"
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "==> [e2e-setup] 1. apt-get install ${apt_pkgs[*]} (background, log: $APT_LOG)"
  APT_T0=$(date +%s)
  ( $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" ) >"$APT_LOG" 2>&1 &
  APT_PID=$!
else
  skip "1. apt packages (chromium, libkrb5-dev, libreoffice-writer-nogui, poppler-utils)"
fi
wait_apt() {
  if [ -n "$APT_PID" ]; then
    if ! wait "$APT_PID"; then tail -n 30 "$APT_LOG" >&2; die "apt-get install failed"; fi
    echo "==> [e2e-setup] 1. apt packages done in $(( $(date +%s) - APT_T0 ))s"
    APT_PID=""
  fi
}

# ---- 2. code-server and playwright-core, without install scripts ------------
if ! done_step npm-top; then
  step_start "2. npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"
  cd "$CACHE"
  [ -f package.json ] || echo '{ "name": "gongwen-lint-e2e-cache", "private": true }' > package.json
  run_npm 2-top install --ignore-scripts \
    "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
  mark_step npm-top
  step_end
else
  skip "2. npm install code-server playwright-core"
fi

VSCODE_DIR="$CACHE/node_modules/code-server/lib/vscode"

# ---- 3. code-server's postinstall, by hand ----------------------------------
wait_apt
if ! done_step vscode-deps; then
  step_start "3a. npm install --omit=dev in lib/vscode (builds native modules)"
  cd "$VSCODE_DIR"
  rm -f npm-shrinkwrap.json
  cp "$VSCODE_LOCK" package-lock.json
  run_npm 3a-vscode install --omit=dev
  # Same links as code-server's postinstall.sh.
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
  # ripgrep (Quick Open / search) must resolve to a real binary.
  rg="$(node --input-type=module -e 'import { rgPath } from "@vscode/ripgrep"; console.log(rgPath)')"
  "$rg" --version >/dev/null || die "ripgrep binary missing at $rg"
  mark_step vscode-deps
  step_end
else
  skip "3a. lib/vscode dependencies"
fi

if ! done_step vscode-ext-deps; then
  step_start "3b. npm install --omit=dev in lib/vscode/extensions"
  cd "$VSCODE_DIR/extensions"
  run_npm 3b-vscode-extensions install --omit=dev
  mark_step vscode-ext-deps
  step_end
else
  skip "3b. lib/vscode/extensions dependencies"
fi

# ---- 4. argon2 native module (code-server's password hashing) --------------
if ! done_step argon2; then
  step_start "4. npm rebuild argon2"
  cd "$CACHE"
  run_npm 4-argon2 rebuild argon2
  mark_step argon2
  step_end
else
  skip "4. argon2"
fi

# ---- 5. a real zh-cn language pack (npm only) ------------------------------
if ! done_step "$LANGPACK_STAMP"; then
  step_start "5. zh-cn language pack from @codingame/monaco-vscode-*@$LANGPACK_VERSION"
  rm -rf "$CACHE/langpack" && mkdir -p "$CACHE/langpack"
  cd "$CACHE/langpack"
  echo '{ "name": "gongwen-lint-e2e-langpack", "private": true }' > package.json
  pkgs=(); for p in "${LANGPACK_PACKAGES[@]}"; do pkgs+=("@codingame/monaco-vscode-$p@$LANGPACK_VERSION"); done
  run_npm 5-langpack install --ignore-scripts --legacy-peer-deps "${pkgs[@]}"
  node "$ROOT/scripts/e2e-langpack.mjs" node_modules/@codingame "$VSCODE_DIR" zh-cn | tee "$LOGS/5-langpack-build.log"
  rm -rf node_modules   # 55 MB of JavaScript; only zh-cn/main.i18n.json is used
  mark_step "$LANGPACK_STAMP"
  step_end
else
  skip "5. zh-cn language pack"
fi

# ---- check ------------------------------------------------------------------
cd "$CACHE"
mkdir -p "$CACHE/.xdg" && : > "$CACHE/.xdg/config.yaml"
cs_version="$(XDG_CONFIG_HOME="$CACHE/.xdg" XDG_DATA_HOME="$CACHE/.xdg" \
  node node_modules/code-server/out/node/entry.js --config "$CACHE/.xdg/config.yaml" --version | tail -n1)"
case "$cs_version" in "$CODE_SERVER_VERSION"*) ;; *) die "unexpected code-server --version output: $cs_version" ;; esac
echo "==> [e2e-setup] code-server: $cs_version"
echo "==> [e2e-setup] chromium: $(/usr/bin/chromium --version 2>/dev/null | tail -n1)"
mark_step all
echo "==> [e2e-setup] total $(( $(date +%s) - T0 ))s; cache size $(du -sh "$CACHE" | cut -f1)"
