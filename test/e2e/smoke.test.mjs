// Smoke test for the e2e infrastructure: a real VS Code workbench (code-server)
// in chromium, Quick Open, the command palette, and an extension installed
// from an unpacked folder (the same path the real extension uses).
//
// Prerequisite: bash scripts/e2e-setup.sh
// Run: node --test test/e2e/smoke.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';

import {
  activeEditorText,
  launchBrowser,
  makeWorkspace,
  openFile,
  openWorkbench,
  runCommand,
  SELECTORS,
  screenshot,
  startCodeServer,
  waitFor,
  waitForNotification,
} from './harness.mjs';

const HELLO_TEXT = 'Hello from the gongwen-lint e2e smoke test';

async function makeThrowawayExtension() {
  const dir = await makeWorkspace(
    {
      'package.json': JSON.stringify(
        {
          name: 'e2e-hello',
          displayName: 'E2E Hello',
          publisher: 'gongwen-e2e',
          version: '0.0.1',
          engines: { vscode: '^1.90.0' },
          main: './extension.js',
          activationEvents: [],
          contributes: { commands: [{ command: 'e2eHello.sayHello', title: 'E2E Hello' }] },
        },
        null,
        2,
      ),
      'extension.js': `
const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('e2eHello.sayHello', () => {
    vscode.window.showInformationMessage('Hello from the E2E extension');
  }));
};
exports.deactivate = () => {};
`,
    },
    'gongwen-e2e-ext-',
  );
  return dir;
}

describe('e2e smoke: code-server workbench in chromium', { timeout: 240_000 }, () => {
  let server, browser, page, workspace, extDir;

  before(async () => {
    workspace = await makeWorkspace({ 'hello.txt': `${HELLO_TEXT}\n` });
    extDir = await makeThrowawayExtension();
    server = await startCodeServer({
      workspace,
      extensionDirs: [extDir],
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    browser = await launchBrowser();
    page = await openWorkbench(browser, server.url);
  });

  after(async () => {
    if (page && process.exitCode) {
      await screenshot(page, 'smoke-failure.png').catch(() => {});
    }
    await browser?.close().catch(() => {});
    await server?.stop();
    for (const d of [workspace, extDir]) if (d) await fsp.rm(d, { recursive: true, force: true });
  });

  test('opens hello.txt via Quick Open and shows its text', async () => {
    await openFile(page, 'hello.txt');
    await waitFor(async () => (await activeEditorText(page)).includes(HELLO_TEXT), {
      timeout: 15_000,
      message: 'editor to show hello.txt text',
    });
    const shot = await screenshot(page, 'smoke-hello.png');
    const stat = await fsp.stat(shot);
    assert.ok(stat.size > 1000, `screenshot ${shot} looks empty`);
  });

  test('installs an unpacked extension and runs its command from the palette', async () => {
    assert.equal(server.installed[0].id, 'gongwen-e2e.e2e-hello');
    await runCommand(page, 'E2E Hello');
    const msg = await waitForNotification(page, 'Hello from the E2E extension');
    assert.equal(msg.trim(), 'Hello from the E2E extension');
    await page.waitForSelector(`${SELECTORS.notificationToast}.notification-fade-in-done`);
    await screenshot(page, 'smoke-extension.png');
  });
});
