/**
 * Extension-host tests with @vscode/test-electron (the design card's runner). They need a VS Code
 * build: either downloadable (not possible on our CI machines) or given by VSCODE_EXECUTABLE_PATH.
 * CI proves the same behaviour in a real workbench with `npm run test:e2e` (code-server + Chromium).
 * Usage: npm run test:vscode   (on headless Linux: xvfb-run -a npm run test:vscode)
 */
import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  try {
    const code = await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [resolve(root, 'test', 'vscode', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
    process.exit(code);
  } catch (e) {
    console.error(`test:vscode: could not run VS Code (${e instanceof Error ? e.message : String(e)}).`);
    console.error('Set VSCODE_EXECUTABLE_PATH to a VS Code executable, or run where VS Code can be downloaded.');
    process.exit(1);
  }
}
void main();
