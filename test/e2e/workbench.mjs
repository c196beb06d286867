// Workbench helpers shared by the e2e suites of the packaged extension (extension.test.mjs, editor.test.mjs).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';

import * as h from './harness.mjs';

const { SELECTORS, waitFor } = h;
export const VSIX = path.resolve(process.env.GONGWEN_E2E_VSIX || path.join(h.REPO_ROOT, 'gongwen-lint.vsix'));
const DOC_IMAGES = path.join(h.REPO_ROOT, 'docs', 'images');
export const STATUS_ITEM = SELECTORS.statusBarItemById('gongwen.gongwen-lint.gongwen.status');

// ------------------------------------------------------------------ helpers

/**
 * A zh-cn language pack registered in languagepacks.json, where VS Code records an installed pack. By default a stub that
 * translates nothing; `translations` = a real main.i18n.json (the one scripts/e2e-setup.sh builds, ZH_PACK).
 */
export async function registerStubChineseLanguagePack(server, translations) {
  let hash = 'gongwen-e2e-stub-1';
  if (translations) {
    hash = `gongwen-e2e-${createHash('sha256')
      .update(await fsp.readFile(translations))
      .digest('hex')
      .slice(0, 16)}`;
  } else {
    const dir = path.join(server.tmpDir, 'stub-language-pack-zh-cn');
    await fsp.mkdir(dir, { recursive: true });
    translations = path.join(dir, 'main.i18n.json');
    await fsp.writeFile(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  }
  await fsp.writeFile(
    path.join(server.userDataDir, 'languagepacks.json'),
    JSON.stringify({
      'zh-cn': {
        hash,
        extensions: [{ extensionIdentifier: { id: 'gongwen-e2e.stub-language-pack-zh-cn' }, version: '0.0.1' }],
        translations: { vscode: translations },
        label: '中文(简体)',
      },
    }),
  );
}

/** The zh-cn translations of VS Code 1.96 that scripts/e2e-setup.sh builds from npm (scripts/e2e-langpack.mjs). */
export const ZH_PACK = path.join(h.CACHE_DIR, 'langpack', 'zh-cn', 'main.i18n.json');

/**
 * The language pack for a Chinese workbench: VS Code's own zh-hans translations (ZH_PACK) when e2e-setup.sh has built
 * them, else the stub (Chinese extension texts, English chrome), said on the console. `real` tells the suite which.
 */
export function chinesePack(suite) {
  if (fs.existsSync(ZH_PACK)) return { zhPack: ZH_PACK, real: true };
  console.log(
    `[e2e] ${suite}: ${ZH_PACK} is missing (bash scripts/e2e-setup.sh, step 5, builds it): STUB language pack, ` +
      'the workbench chrome stays English (screenshots too)',
  );
  return { zhPack: undefined, real: false };
}

/** The Problems panel's position of a finding: «Ln 9, Col 9», with VS Code's zh-hans translations 「行 9，列 9」. */
export function positionText(line, column, { chinese = false } = {}) {
  return chinese ? `行 ${line}，列 ${column}` : `Ln ${line}, Col ${column}`;
}

export async function startWorkbench(workspace, { locale, settings = {}, zhPack } = {}) {
  assert.ok(fs.existsSync(VSIX), `${VSIX} not found: run npm run package (or npm run test:e2e)`);
  const server = await h.startCodeServer({
    workspace,
    vsixFiles: [VSIX], // code-server --install-extension <the packaged .vsix>
    extraArgs: locale ? ['--locale', locale] : [],
    settings: { 'workbench.colorTheme': 'Default Light Modern', ...settings },
  });
  if (locale === 'zh-cn') await registerStubChineseLanguagePack(server, zhPack);
  assert.equal(
    fs.readdirSync(server.extensionsDir).filter((d) => d.startsWith('gongwen.gongwen-lint-')).length,
    1,
    'the .vsix is installed in code-server',
  );
  const browser = await h.launchBrowser();
  const page = await h.openWorkbench(browser, server.url);
  return { server, browser, page };
}

/** Closes what startWorkbench opened and removes the workspace (an `after` hook: any of them may be missing). */
export async function stopWorkbench({ browser, server, workspace }) {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (workspace) await fsp.rm(workspace, { recursive: true, force: true });
}

/**
 * Open a workspace file by clicking it in the Explorer (expanding folders on the way).
 * Much faster than Quick Open, whose first file search takes ~30 s in code-server.
 */
export async function openInExplorer(page, relPath, { timeout = 20_000 } = {}) {
  await h.pressEscape(page);
  const parts = relPath.split('/');
  for (let i = 0; i < parts.length; i++) {
    const row = page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${parts[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
      .first();
    await row.waitFor({ state: 'visible', timeout });
    const isFolder = i < parts.length - 1;
    if (isFolder) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      await waitFor(async () => (await row.getAttribute('aria-expanded')) === 'true', { timeout, message: `folder ${parts[i]} expanded` });
    } else {
      await row.click();
    }
  }
  const base = parts[parts.length - 1];
  await waitFor(async () => ((await page.locator(SELECTORS.activeTab).first().getAttribute('aria-label')) || '').startsWith(base), {
    timeout,
    message: `editor tab for ${relPath}`,
  });
  await page.locator(`${SELECTORS.activeEditor} .view-lines`).first().waitFor({ state: 'visible', timeout });
}

/**
 * Open the workspace's first document as a user does once the extension runs. An editor opened the moment the
 * workbench came up, before it had registered the extensions' contributions, does not get the language-specific
 * configurationDefaults in VS Code 1.96 (no wrap, orange boxes around ，：) — microsoft/vscode#231224, fixed upstream
 * by microsoft/vscode#240422, also seen after a window reload with a .gongwen file open. So: open it (which activates
 * the extension), wait for the status bar item, close it and open it again.
 */
export async function openFirstDocument(page, relPath) {
  await openInExplorer(page, relPath);
  await page.locator(STATUS_ITEM).waitFor({ state: 'visible', timeout: 30_000 });
  await h.runCommand(page, 'View: Close Editor');
  await waitFor(async () => (await page.locator(SELECTORS.activeEditor).count()) === 0, { message: 'the editor closed' });
  await openInExplorer(page, relPath);
}

/** Problems panel rows grouped by file name: { '通知.gongwen': [{ severity, message, code, ... }] }. */
export async function problemsByFile(page) {
  const rows = await page.locator(SELECTORS.problemRow).evaluateAll((els) =>
    els
      .map((r) => ({
        top: parseFloat(r.style.top) || 0,
        aria: r.getAttribute('aria-label') || '',
        isProblem: !!r.querySelector('.marker-icon'),
        severity: (r.querySelector('.marker-icon')?.className.match(/\b(error|warning|info)\b/) || [])[1],
        message: r.querySelector('.marker-message')?.textContent ?? '',
        source: r.querySelector('.marker-source')?.textContent ?? '',
        code: r.querySelector('.marker-code')?.textContent ?? '',
        position: r.querySelector('.marker-line')?.textContent ?? '',
        fileLabel: r.querySelector('.label-name')?.textContent ?? '',
      }))
      .sort((a, b) => a.top - b.top),
  );
  const out = {};
  let file = '?';
  for (const r of rows) {
    if (!r.isProblem) {
      file = r.fileLabel || (r.aria.match(/in file (.+?) of folder/) || [])[1] || r.aria;
      out[file] ||= [];
    } else {
      (out[file] ||= []).push(r);
    }
  }
  return out;
}

/** Wait until the Problems panel shows, for `file`, problems satisfying `pred(list)`; returns the list. */
export async function waitProblems(page, file, pred, message, timeout = 30_000) {
  let last;
  try {
    return await waitFor(
      async () => {
        last = (await problemsByFile(page))[file] || [];
        return pred(last) ? last : null;
      },
      { timeout, message },
    );
  } catch (e) {
    e.message += `\nlast problems of ${file}: ${JSON.stringify(last?.map((p) => [p.severity, p.code, p.message, p.position]))}`;
    throw e;
  }
}

export const codes = (list) => list.map((p) => p.code).sort();

/**
 * No orange ambiguous-Unicode box in the active editor (issue 13 item 1: the [gongwen] configurationDefaults). The
 * highlighter is asynchronous: let it run before asserting there is nothing (editor.test.mjs has the control that
 * the same line does get boxes in a JavaScript string).
 */
export async function assertNoUnicodeBoxes(page, what) {
  await page.waitForTimeout(1500);
  assert.equal(await page.locator(`${SELECTORS.activeEditor} .unicode-highlight`).count(), 0, `${what}: no ambiguous-Unicode boxes`);
}

export async function statusText(page) {
  return (await page.locator(STATUS_ITEM).getAttribute('aria-label')) || '';
}

export async function cursorLine(page) {
  const t = await page.locator(SELECTORS.cursorPosition).innerText();
  return Number((t.match(/(?:Ln|行) (\d+)/) || [])[1]); // «Ln 3, Col 9» or, translated, 「行 3，列 9」
}

export async function shot(page, name, docImage) {
  const file = await h.screenshot(page, name);
  assert.ok((await fsp.stat(file)).size > 5000, `screenshot ${file} looks empty`);
  // docs/images/*.png are tracked: only `npm run test:e2e:images` (E2E_UPDATE_IMAGES=1) rewrites them.
  if (docImage && process.env.E2E_UPDATE_IMAGES === '1') {
    await fsp.mkdir(DOC_IMAGES, { recursive: true });
    await fsp.copyFile(file, path.join(DOC_IMAGES, docImage));
  }
  return file;
}

/** test() that saves a screenshot of the workbench when the scenario fails. */
export function scenario(getPage, name, fn) {
  test(name, async () => {
    try {
      await fn();
    } catch (e) {
      const page = getPage();
      if (page) {
        const file = `failure-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.png`;
        const saved = await h.screenshot(page, file).catch(() => null);
        if (saved) e.message += `\n(screenshot: ${path.relative(h.REPO_ROOT, saved)})`;
      }
      throw e;
    }
  });
}

/** The preview webview's document (VS Code nests it in two iframes). */
export async function previewFrame(page) {
  return waitFor(
    async () => {
      for (const f of page.frames()) {
        if (
          await f
            .locator('#pages')
            .count()
            .catch(() => 0)
        )
          return f;
      }
      return null;
    },
    { timeout: 30_000, message: 'the preview webview' },
  );
}

/** The number of pages the preview has drawn (-1 before the first layout). */
export const pagesShown = (frame) => frame.evaluate(() => Number(document.body.dataset.pages || -1));
