// End-to-end harness: runs the extension inside a real VS Code workbench
// (code-server, VS Code 1.96.4) driven by Debian's chromium via playwright-core.
//
// Prerequisite: `bash scripts/e2e-setup.sh` (installs into .cache/e2e).
// Plain ESM, no build step.
//
// Environment knobs:
//   E2E_CACHE_DIR   where e2e-setup.sh installed things (default <repo>/.cache/e2e)
//   E2E_CHROMIUM    browser binary (default /usr/bin/chromium)
//   E2E_HEADED=1    run the browser headed (needs a display)
//   E2E_KEEP=1      keep temp user-data/extension dirs after stop() (path is logged)
//   E2E_DEBUG=1     echo code-server output and browser console to stderr

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const CACHE_DIR = process.env.E2E_CACHE_DIR || path.join(REPO_ROOT, '.cache', 'e2e');
export const SCREENSHOT_DIR = path.join(HERE, 'screenshots');
const CODE_SERVER_ENTRY = path.join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const DEBUG = !!process.env.E2E_DEBUG;

// Settings that keep the workbench quiet and deterministic. Test-provided
// settings are merged on top.
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'workbench.editor.enablePreview': false,
  'chat.commandCenter.enabled': false,
};

// ---------------------------------------------------------------- polling

/**
 * Timeout of a single read (innerText, getAttribute) inside a waitFor poll. Playwright's default is 30 s: a read of an
 * element that is not there would stall the poll for that long instead of trying again.
 */
export const POLL_READ_MS = 1000;

/**
 * Poll `fn` until it returns a truthy value (which is returned). Exceptions
 * thrown by `fn` count as "not yet". Throws after `timeout` ms with `message`
 * and the last error, if any.
 */
export async function waitFor(fn, { timeout = 30_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const err = new Error(
        `waitFor timed out after ${timeout} ms: ${message}` + (lastError ? ` (last error: ${lastError.message || lastError})` : ''),
      );
      if (lastError) err.cause = lastError;
      throw err;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

// ---------------------------------------------------------------- code-server

/** Ask the OS for a free TCP port on 127.0.0.1. */
export function getFreePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function httpStatus(url) {
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
  await res.arrayBuffer().catch(() => {});
  return res.status;
}

/** `<publisher>.<name>` and version from an unpacked extension folder. */
export function readExtensionManifest(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) {
    throw new Error(`${dir}/package.json needs publisher, name and version`);
  }
  return { id: `${pkg.publisher}.${pkg.name}`.toLowerCase(), publisher: pkg.publisher, name: pkg.name, version: pkg.version, pkg };
}

// Folders never copied when installing an extension from a source folder.
const COPY_EXCLUDE = new Set(['.git', '.cache', '.vscode-test', 'screenshots']);

/**
 * Install unpacked extension folders into `extensionsDir` the way VS Code
 * does it: a copy in `<publisher>.<name>-<version>/` plus an entry in
 * `extensions.json` (the profile manifest that VS Code >= 1.74 reads; without
 * it code-server 4.96 still scans the folder, but writing it is explicit and
 * deterministic).
 *
 * Each entry of `extensionDirs` is either a path or `{ path, link: true }`
 * (symlink instead of copy: fast, and the extension runs from the source
 * folder, e.g. the repo root after `npm run compile`).
 */
export async function installExtensions(extensionsDir, extensionDirs = []) {
  await fsp.mkdir(extensionsDir, { recursive: true });
  const manifestPath = path.join(extensionsDir, 'extensions.json');
  let manifest = [];
  try {
    manifest = JSON.parse(await fsp.readFile(manifestPath, 'utf8'));
  } catch {
    /* new */
  }
  const installed = [];
  for (const entry of extensionDirs) {
    const src = path.resolve(typeof entry === 'string' ? entry : entry.path);
    const link = typeof entry === 'object' && !!entry.link;
    const m = readExtensionManifest(src);
    const relativeLocation = `${m.id}-${m.version}`;
    const dest = path.join(extensionsDir, relativeLocation);
    await fsp.rm(dest, { recursive: true, force: true });
    if (link) {
      await fsp.symlink(src, dest, 'dir');
    } else {
      const destReal = path.resolve(dest);
      await fsp.cp(src, dest, {
        recursive: true,
        dereference: false,
        filter: (p) => {
          const rel = path.relative(src, p);
          if (!rel) return true;
          if (path.resolve(p) === destReal || destReal.startsWith(path.resolve(p) + path.sep)) return false;
          return !COPY_EXCLUDE.has(rel.split(path.sep)[0]);
        },
      });
    }
    manifest = manifest.filter((e) => e.identifier?.id?.toLowerCase() !== m.id);
    manifest.push({
      identifier: { id: m.id },
      version: m.version,
      location: { $mid: 1, path: dest, scheme: 'file' },
      relativeLocation,
      metadata: { installedTimestamp: Date.now(), source: 'resource', pinned: true },
    });
    installed.push({ ...m, location: dest });
  }
  await fsp.writeFile(manifestPath, JSON.stringify(manifest));
  return installed;
}

/**
 * Start code-server on a free port of 127.0.0.1.
 *
 * @param {object} opts
 * @param {string} opts.workspace        folder to open
 * @param {Array<string|{path:string,link?:boolean}>} [opts.extensionDirs] unpacked extension folders
 * @param {string[]} [opts.vsixFiles]     .vsix files installed with code-server's --install-extension
 * @param {object} [opts.settings]        merged over DEFAULT_SETTINGS into User/settings.json
 * @param {string[]} [opts.extraArgs]     more code-server CLI args
 * @param {object} [opts.env]             extra environment for code-server (and the extension host)
 * @param {number} [opts.timeout=60000]   startup timeout
 * @returns {Promise<{url:string, port:number, userDataDir:string, extensionsDir:string, tmpDir:string, logFile:string, workspace:string, installed:object[], stop:()=>Promise<void>, log:()=>string}>}
 */
export async function startCodeServer({
  workspace,
  extensionDirs = [],
  vsixFiles = [],
  settings = {},
  extraArgs = [],
  env = {},
  timeout = 60_000,
} = {}) {
  if (!workspace) throw new Error('startCodeServer: workspace is required');
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server not installed at ${CODE_SERVER_ENTRY}; run: bash scripts/e2e-setup.sh`);
  }
  workspace = path.resolve(workspace);
  const tmpDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gongwen-e2e-'));
  const userDataDir = path.join(tmpDir, 'user-data');
  const extensionsDir = path.join(tmpDir, 'extensions');
  const logFile = path.join(tmpDir, 'code-server.log');
  await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  // An empty config file stops code-server from writing ~/.config/code-server/config.yaml.
  const configFile = path.join(tmpDir, 'config.yaml');
  await fsp.writeFile(configFile, '');

  // Isolated environment: no VS Code CLI hooks from a parent VS Code (else
  // code-server would try to open the folder in that instance), XDG dirs in tmp.
  const childEnv = { ...process.env };
  for (const k of Object.keys(childEnv)) {
    if (
      k.startsWith('VSCODE_') ||
      k === 'ELECTRON_RUN_AS_NODE' ||
      k.startsWith('CODE_SERVER_') ||
      k === 'PASSWORD' ||
      k === 'HASHED_PASSWORD' ||
      k === 'PORT'
    )
      delete childEnv[k];
  }
  Object.assign(
    childEnv,
    {
      XDG_DATA_HOME: path.join(tmpDir, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(tmpDir, 'xdg-config'),
      XDG_CACHE_HOME: path.join(tmpDir, 'xdg-cache'),
    },
    env,
  );

  const baseArgs = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  for (const vsix of vsixFiles) {
    await runToCompletion(
      process.execPath,
      [CODE_SERVER_ENTRY, ...baseArgs, '--install-extension', path.resolve(vsix), '--force'],
      childEnv,
      120_000,
    );
  }
  const installed = await installExtensions(extensionsDir, extensionDirs);

  const port = await getFreePort();
  const args = [
    CODE_SERVER_ENTRY,
    ...baseArgs,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs,
    workspace,
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: tmpDir,
    env: childEnv,
    detached: true, // own process group, so stop() can kill the whole tree
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited = null;
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );
  let debugTail;
  if (DEBUG) {
    debugTail = spawn('tail', ['-n', '+1', '-f', logFile], { stdio: ['ignore', process.stderr, 'ignore'] });
  }
  const readLog = () => {
    try {
      return fs.readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* gone */
      }
    };
    if (!exited) {
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(t);
    }
    // Stragglers in the group (extension host, pty host) that ignored SIGTERM.
    killGroup('SIGKILL');
    debugTail?.kill();
    if (process.env.E2E_KEEP) {
      console.error(`[e2e] kept ${tmpDir}`);
    } else {
      await fsp.rm(tmpDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    }
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(
      async () => {
        if (exited) throw Object.assign(new Error(`code-server exited early (${JSON.stringify(exited)})`), { fatal: true });
        return (await httpStatus(`${url}healthz`)) === 200;
      },
      { timeout, interval: 100, message: `code-server answering on ${url}` },
    );
  } catch (e) {
    const log = readLog();
    await stop();
    e.message += `\n--- code-server log ---\n${log.slice(-4000)}`;
    throw e;
  }
  return {
    url: `${url}?folder=${encodeURIComponent(workspace)}`,
    baseUrl: url,
    port,
    workspace,
    tmpDir,
    userDataDir,
    extensionsDir,
    logFile,
    installed,
    log: readLog,
    stop,
  };
}

function runToCompletion(cmd, args, env, timeout) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.on('data', (d) => {
      output += d;
    });
    p.stderr.on('data', (d) => {
      output += d;
    });
    const t = setTimeout(() => p.kill('SIGKILL'), timeout);
    p.on('exit', (code) => {
      clearTimeout(t);
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${code}\n${output}`));
    });
  });
}

// ---------------------------------------------------------------- browser

function loadPlaywright() {
  const require = createRequire(path.join(CACHE_DIR, 'package.json'));
  return require('playwright-core');
}

/** Launch Debian's chromium through playwright-core. */
export async function launchBrowser({ headless = !process.env.E2E_HEADED, args = [] } = {}) {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...args,
    ],
  });
}

/**
 * Open the workbench in a new page and wait until it is usable: the
 * `.monaco-workbench` element exists, the status bar is rendered, and the
 * explorer (if a folder is open) shows the workspace.
 * Returns the playwright Page. `page.e2eConsole` collects browser console lines.
 */
export async function openWorkbench(browser, url, { viewport = { width: 1440, height: 900 }, timeout = 60_000 } = {}) {
  const context = await browser.newContext({
    viewport,
    // clipboard access for copy/paste scenarios
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.e2eConsole = [];
  page.on('console', (m) => {
    const line = `[browser ${m.type()}] ${m.text()}`;
    page.e2eConsole.push(line);
    if (DEBUG) console.error(line);
  });
  page.on('pageerror', (e) => page.e2eConsole.push(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  // The explorer content or the empty-workbench watermark means layout is done.
  await page.waitForSelector('.monaco-workbench .part.sidebar .monaco-list, .monaco-workbench .part.editor .editor-group-watermark', {
    timeout,
  });
  await focusWorkbench(page);
  return page;
}

/**
 * Give keyboard focus to the workbench (needed before keyboard shortcuts).
 * Clicks the editor area's empty space if no editor is open, otherwise the
 * active editor; never clicks actions.
 */
export async function focusWorkbench(page) {
  await page.bringToFront();
  const editor = page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first();
  if ((await editor.count()) && (await editor.isVisible())) {
    await editor.click({ position: { x: 5, y: 5 } }).catch(() => {});
  } else {
    await page
      .locator('.part.editor')
      .first()
      .click({ position: { x: 300, y: 300 } })
      .catch(() => {});
  }
}

/** Close whatever transient UI is open (quick input, hover, menus). */
export async function pressEscape(page, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
}

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = '.quick-input-widget .quick-input-box input';
const QUICK_INPUT_ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

async function waitQuickInputOpen(page, timeout) {
  await page.waitForSelector(`${QUICK_INPUT}:not([style*="display: none"]) .quick-input-box input`, { state: 'visible', timeout });
}

async function waitQuickInputClosed(page, timeout) {
  await waitFor(
    async () =>
      !(await page
        .locator(QUICK_INPUT)
        .isVisible()
        .catch(() => false)),
    { timeout, message: 'quick input to close' },
  );
}

/** Labels currently shown in the quick input list. */
export async function quickInputLabels(page) {
  return page.locator(`${QUICK_INPUT_ROWS} .label-name`).allInnerTexts();
}

/**
 * The command palette's rows in list order: `{ index, label, alias }`. In a localized workbench (a language pack
 * installed) each row shows the translated title as its label and the English title below it (`alias`, in
 * `.quick-input-list-label-meta`, which also holds a `.label-name`): the palette matches a query against both.
 */
async function paletteRows(page) {
  const rows = await page.locator(QUICK_INPUT_ROWS).evaluateAll((els) =>
    els.map((r) => ({
      index: Number(r.getAttribute('data-index')),
      label: (r.querySelector('.quick-input-list-row .label-name')?.textContent ?? '').trim(),
      alias: (r.querySelector('.quick-input-list-label-meta .label-name')?.textContent ?? '').trim(),
    })),
  );
  return rows.sort((a, b) => a.index - b.index);
}

/**
 * Run a command from the command palette (F1), picking the row whose label, or English alias in a localized
 * workbench, is exactly `label` (falls back to the first row whose label or alias contains it).
 * `label` is the title as shown, e.g. "Gongwen: Lint Document" or "E2E Hello"; an English VS Code title also
 * finds the command in a Chinese workbench («View: Show Explorer» → 「View: 显示 资源管理器」). Not when VS Code
 * puts a translated name into the alias itself: the Outline's focus command is «Explorer: Focus on 大纲 View».
 */
export async function runCommand(page, label, { timeout = 15_000 } = {}) {
  await pressEscape(page);
  await page.keyboard.press('F1');
  await waitQuickInputOpen(page, timeout);
  const input = page.locator(QUICK_INPUT_BOX);
  await input.fill(`>${label}`);
  // Commands contributed by extensions appear only once the extension host has
  // scanned them (can be a few seconds after the workbench renders), and the
  // palette does not refresh an open query: re-type it now and then.
  let lastRetype = Date.now();
  const idx = await waitFor(
    async () => {
      if (Date.now() - lastRetype > 1500) {
        lastRetype = Date.now();
        if (!(await page.locator(QUICK_INPUT_BOX).isVisible())) {
          await page.keyboard.press('F1');
          await waitQuickInputOpen(page, 5000);
        }
        await input.fill('>');
        await input.fill(`>${label}`);
      }
      const rows = await paletteRows(page);
      const row =
        rows.find((r) => r.label === label || r.alias === label) || rows.find((r) => r.label.includes(label) || r.alias.includes(label));
      return row ? row.index + 1 : 0;
    },
    { timeout, message: `command "${label}" in the palette` },
  );
  // Move focus to the matching row (the first row has the focus), then run it.
  for (let i = 1; i < idx; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitQuickInputClosed(page, timeout).catch(() => {
    /* command may open its own quick pick */
  });
}

/**
 * Open a workspace file via Quick Open (Ctrl+P) and wait until its editor is
 * the active one. `relPath` is relative to the workspace folder.
 */
export async function openFile(page, relPath, { timeout = 20_000 } = {}) {
  const base = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  await pressEscape(page);
  await page.keyboard.press('Control+P');
  await waitQuickInputOpen(page, timeout);
  const input = page.locator(QUICK_INPUT_BOX);
  await input.fill(relPath);
  // Wait for the file search result (label = basename, description = folder).
  // Read every row in one evaluation: a row without a description (a file at the workspace root) has no
  // .label-description, and locator.innerText() would wait its full default timeout (30 s) for it.
  const idx = await waitFor(
    async () => {
      const rows = await page.locator(QUICK_INPUT_ROWS).evaluateAll((els) =>
        els.map((r) => ({
          name: (r.querySelector('.label-name')?.textContent ?? '').trim(),
          desc: (r.querySelector('.label-description')?.textContent ?? '').trim(),
        })),
      );
      const i = rows.findIndex((r) => r.name === base && (dir === '.' || r.desc.replace(/\\/g, '/').endsWith(dir)));
      return i + 1;
    },
    { timeout, message: `Quick Open result for ${relPath}` },
  );
  for (let i = 1; i < idx; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitQuickInputClosed(page, timeout);
  await waitFor(
    async () => {
      const title = await page
        .locator('.part.editor .tabs-container .tab.active')
        .first()
        .getAttribute('aria-label', { timeout: POLL_READ_MS })
        .catch(() => null);
      return title && title.startsWith(base);
    },
    { timeout, message: `editor tab for ${relPath} to become active` },
  );
  await page.waitForSelector('.part.editor .editor-instance .monaco-editor .view-lines', { timeout });
}

/** Text of the visible lines of the active text editor (lines joined by \n). */
export async function activeEditorText(page) {
  const lines = page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line');
  const items = await lines.evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((x) => x.text),
  );
  return items.join('\n');
}

/** Messages of the visible notification toasts. */
export async function notificationMessages(page) {
  return page.locator('.notifications-toasts .notification-toast .notification-list-item-message').allInnerTexts();
}

/** Wait until a notification toast containing `text` (string or RegExp) is visible; returns its message. */
export async function waitForNotification(page, text, { timeout = 15_000 } = {}) {
  return waitFor(
    async () => {
      const msgs = await notificationMessages(page);
      return msgs.find((m) => (text instanceof RegExp ? text.test(m) : m.includes(text)));
    },
    { timeout, message: `notification containing ${text}` },
  );
}

/** Move the cursor of the active editor with Go to Line (Ctrl+G), 1-based. */
export async function goToLine(page, line, column = 1, { timeout = 10_000 } = {}) {
  await pressEscape(page);
  await page.keyboard.press('Control+G');
  await waitQuickInputOpen(page, timeout);
  await page.locator(QUICK_INPUT_BOX).fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  // English "Ln 3, Col 9" or, with the Chinese language pack, 「行 3，列 9」.
  const at = [`Ln ${line}, Col ${column}`, `行 ${line}，列 ${column}`];
  await waitFor(
    async () => {
      const shown = await page.locator(SELECTORS.cursorPosition).innerText({ timeout: POLL_READ_MS });
      return at.some((s) => shown.includes(s));
    },
    {
      timeout,
      message: `cursor at ${line}:${column}`,
    },
  );
}

/**
 * Move the mouse over the centre of an element. Needed for editor decorations
 * (squiggles) that sit under the text layer: locator.hover() refuses them.
 */
export async function mouseOver(page, locatorOrSelector) {
  const loc = typeof locatorOrSelector === 'string' ? page.locator(locatorOrSelector).first() : locatorOrSelector;
  const bb = await waitFor(() => loc.boundingBox(), { timeout: 10_000, message: 'element to have a box' });
  await page.mouse.move(bb.x + bb.width / 2, bb.y + bb.height / 2);
}

/** Show the hover at the cursor (Ctrl+K Ctrl+I) and return its text once it contains `text` (optional). */
export async function showHover(page, text, { timeout = 10_000 } = {}) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  return waitHover(page, text, { timeout });
}

/** Wait for a visible hover widget (optionally containing `text`) and return its text. */
export async function waitHover(page, text, { timeout = 10_000 } = {}) {
  return waitFor(
    async () => {
      const hover = page.locator(SELECTORS.hover).first();
      if (!(await hover.isVisible())) return null;
      const t = await hover.innerText({ timeout: POLL_READ_MS });
      return !text || t.includes(text) ? t : null;
    },
    { timeout, message: `hover${text ? ` containing "${text}"` : ''}` },
  );
}

/** Open the Problems panel (Ctrl+Shift+M) and wait for it. */
export async function openProblems(page, { timeout = 10_000 } = {}) {
  await pressEscape(page);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout });
}

/**
 * Problem rows of the Problems panel: `{ severity, message, source, code, position, aria }`
 * (file rows are skipped). Rows are virtualised: only the visible ones exist.
 */
export async function problems(page) {
  return page.locator(SELECTORS.problemRow).evaluateAll((rows) =>
    rows
      .filter((r) => r.querySelector('.marker-icon'))
      .map((r) => ({
        severity: (r.querySelector('.marker-icon').className.match(/\b(error|warning|info)\b/) || [])[1],
        message: r.querySelector('.marker-message')?.textContent ?? '',
        source: r.querySelector('.marker-source')?.textContent ?? '',
        code: r.querySelector('.marker-code')?.textContent ?? '',
        position: r.querySelector('.marker-line')?.textContent ?? '',
        aria: r.getAttribute('aria-label'),
      })),
  );
}

/** Open the quick fix menu at the cursor (Ctrl+.) and return the action titles. */
export async function openQuickFix(page, { timeout = 10_000 } = {}) {
  await page.keyboard.press('Control+.');
  await page.waitForSelector(SELECTORS.codeActionRow, { state: 'visible', timeout });
  return page.locator(`${SELECTORS.codeActionRow} .title`).allInnerTexts();
}

/**
 * Pick a quick fix by title from the open quick fix menu, with the keyboard
 * (mouse clicks are swallowed by the menu's `.context-view-pointerBlock` overlay).
 */
export async function applyQuickFix(page, title, { timeout = 10_000 } = {}) {
  const rows = page.locator(SELECTORS.codeActionRow);
  await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout });
  const n = await rows.count();
  for (let i = 0; i <= n; i++) {
    const focused = await page
      .locator(`${SELECTORS.codeActionRow}.focused .title`)
      .innerText({ timeout: POLL_READ_MS })
      .catch(() => '');
    if (focused.trim() === title) {
      await page.keyboard.press('Enter');
      await page
        .locator(SELECTORS.codeActionMenu)
        .first()
        .waitFor({ state: 'hidden', timeout })
        .catch(() => {});
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`quick fix "${title}" not found in ${JSON.stringify(await rows.allInnerTexts())}`);
}

/**
 * Open the Settings editor (UI) and search for `query`; resolves once the
 * search has been applied (the count badge reads "N Setting(s) Found").
 * Returns the labels of the shown settings.
 */
export async function searchSettings(page, query, { timeout = 15_000 } = {}) {
  await runCommand(page, 'Preferences: Open Settings (UI)');
  await waitFor(() => page.locator(`${SELECTORS.settingsSearch}.focused`).count(), { timeout, message: 'settings search box focused' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  // «12 Settings Found», with the Chinese language pack 「找到 12 个设置」.
  await waitFor(
    async () => /Settings? Found|找到 \d+ 个设置/.test(await page.locator(SELECTORS.settingsCount).innerText({ timeout: POLL_READ_MS })),
    {
      timeout,
      message: `settings search for "${query}"`,
    },
  );
  return page.locator(SELECTORS.settingItemLabel).allInnerTexts();
}

/** Save a PNG screenshot of the page; creates the parent folder. Returns the path. */
export async function screenshot(page, file, opts = {}) {
  const target = path.isAbsolute(file) ? file : path.join(SCREENSHOT_DIR, file);
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await page.screenshot({ path: target, ...opts });
  return target;
}

/** Create a temp workspace folder from `{ 'rel/path': 'content' }`. Returns its path. */
export async function makeWorkspace(files = {}, prefix = 'gongwen-ws-') {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    await fsp.mkdir(path.dirname(p), { recursive: true });
    await fsp.writeFile(p, content);
  }
  return dir;
}

function viewPaneSelector(name) {
  return `.pane:has(> .pane-header:is([aria-label="${name} Section"], [aria-label="${name}部分"]))`;
}

/**
 * CSS selectors for workbench parts, verified against code-server 4.96.4
 * (VS Code 1.96.4) in chromium. Functions build selectors for a given name.
 */
export const SELECTORS = {
  workbench: '.monaco-workbench',
  quickInput: QUICK_INPUT,
  quickInputBox: QUICK_INPUT_BOX,
  quickInputRows: QUICK_INPUT_ROWS,
  activeTab: '.part.editor .tabs-container .tab.active', // aria-label starts with the file name
  activeEditor: '.part.editor .editor-group-container.active .monaco-editor',
  editorLines: '.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line',
  // Squiggles: one element per decorated range in the rendered lines.
  squiggleError: '.monaco-editor .squiggly-error',
  squiggleWarning: '.monaco-editor .squiggly-warning',
  squiggleInfo: '.monaco-editor .squiggly-info',
  squiggleHint: '.monaco-editor .squiggly-hint',
  // Hover widget (diagnostic part: .marker.hover-contents; status row: .hover-row.status-bar).
  hover: '.monaco-hover:not(.hidden)',
  hoverMarker: '.monaco-hover:not(.hidden) .marker.hover-contents',
  hoverRow: '.monaco-hover:not(.hidden) .hover-row',
  // Light bulb: by default drawn in the glyph margin as a decoration whose icon class is
  // codicon-gutter-lightbulb, -auto-fix (a preferred fix exists), -sparkle... The
  // .lightBulbWidget content widget is only visible when the gutter has no room.
  lightBulb: '.monaco-editor .glyph-margin-widgets [class*="codicon-gutter-lightbulb"]',
  lightBulbWidget: '.monaco-editor .lightBulbWidget',
  // Quick fix / code action menu (Ctrl+.). Rows: .monaco-list-row.action, title in .title,
  // aria-label = title; group headers are .monaco-list-row.group-header.
  codeActionMenu: '.action-widget',
  codeActionRow: '.action-widget .monaco-list-row.action',
  // Problems panel (Ctrl+Shift+M). File rows: aria-label "N problems in file X of folder .";
  // problem rows: aria-label "Warning: <msg> at line L and character C. generated by <source>".
  problemsPanel: '.markers-panel',
  problemRow: '.markers-panel .monaco-list-row',
  problemMessage: '.markers-panel .monaco-list-row .marker-message',
  problemSource: '.markers-panel .monaco-list-row .marker-source',
  problemCode: '.markers-panel .monaco-list-row .marker-code',
  problemIcon: '.markers-panel .monaco-list-row .marker-icon', // + .error / .warning / .info
  // Outline view (expand it by SELECTORS.outlineHeader); rows' aria-label "# Title (string)" for markdown.
  outlineRow: '.pane-body.outline-pane .monaco-list-row',
  outlineLabel: '.pane-body.outline-pane .monaco-list-row .label-name',
  // A contributed tree view, by its `name` from package.json (header aria-label "<name> Section", with the Chinese
  // language pack "<name>部分").
  viewPane: (name) => viewPaneSelector(name),
  viewRow: (name) => `${viewPaneSelector(name)} .monaco-list-row`,
  viewRowLabel: (name) => `${viewPaneSelector(name)} .monaco-list-row .label-name`,
  viewRowDescription: (name) => `${viewPaneSelector(name)} .monaco-list-row .label-description`,
  // The header of the Explorer's file tree while expanded, by its content (its aria-label, «Explorer Section: <folder>», is
  // translated; a collapsed pane has no body), and of the Outline, by its English or Chinese aria-label.
  explorerFoldersHeader: '.pane:has(> .pane-body .explorer-folders-view) > .pane-header',
  outlineHeader: '.pane-header:is([aria-label="Outline Section"], [aria-label="大纲部分"])',
  // Notifications (toasts); `.notification-fade-in-done` once the slide-in animation ended.
  notificationToast: '.notifications-toasts .notification-toast',
  notificationMessage: '.notifications-toasts .notification-toast .notification-list-item-message',
  // Status bar. Extension items have id "<publisher>.<name>.<itemId>" (createStatusBarItem(id,...)).
  statusBarItem: '.part.statusbar .statusbar-item',
  statusBarItemById: (id) => `.part.statusbar .statusbar-item[id="${id}"]`,
  cursorPosition: '.part.statusbar .statusbar-item[id="status.editor.selection"]',
  problemsStatus: '.part.statusbar .statusbar-item[id="status.problems"]',
  // Settings editor ("Preferences: Open Settings (UI)"); search box has focus when it opens.
  settingsEditor: '.settings-editor',
  settingsSearch: '.settings-editor .settings-header .monaco-editor',
  settingsCount: '.settings-editor .settings-count-widget', // "1 Setting Found" after a search
  settingItem: (key) => `.settings-editor .setting-item-contents[data-key="${key}"]`,
  settingItemLabel: '.settings-editor .setting-item-contents .setting-item-label',
  settingItemDescription: '.settings-editor .setting-item-contents .setting-item-description',
};
