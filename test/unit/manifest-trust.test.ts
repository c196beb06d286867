import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths';

interface Manifest {
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: {
    configuration: { properties: Record<string, { type?: unknown; format?: string }> } | { properties: Record<string, unknown> }[];
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const clientFiles = new Map(
  readdirSync(join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\\/g, '/'), readFileSync(join(ROOT, 'client', 'src', f), 'utf8')]),
);
const clientSources = [...clientFiles.values()].join('\n');

describe('workspace trust and virtual workspaces (package.json capabilities)', () => {
  it('supports untrusted workspaces: the extension executes nothing from the workspace', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    // What makes that true: the server is the extension's own bundle, no process is spawned from a setting. The one
    // process the client starts itself (serverProcess.ts, forked at activation before the language client library
    // loads) is that bundle; no other file starts a process ...
    const own = clientFiles.get('serverProcess.ts') ?? '';
    assert.match(own, /context\.asAbsolutePath\(path\.join\('server', 'dist', 'server\.js'\)\)/);
    assert.deepEqual(own.match(/\bfork\([^,]*/g), ['fork(serverModule(context)']);
    assert.doesNotMatch(own, /\bexec(File|Sync)?\(|\bspawn(Sync)?\(/);
    // (Type-only imports of node:child_process, for the ChildProcess type, run nothing.)
    for (const [file, text] of clientFiles) {
      const code = text.replace(/^import type .*$/gm, '');
      if (file !== 'serverProcess.ts') assert.doesNotMatch(code, /child_process|\bexec(File)?\(|\bspawn\(|\bfork\(/, file);
    }
    // ... and no setting names a program, a path or a command to run (else it would have to be restricted).
    const config = manifest.contributes.configuration;
    const properties = Array.isArray(config) ? Object.assign({}, ...config.map((c) => c.properties)) : config.properties;
    const risky = Object.keys(properties).filter((k) => /path|command|executable|program|server\.(?!trace)|module/i.test(k));
    assert.deepEqual(risky, [], 'settings that would have to be listed in restrictedConfigurations');
  });

  it('declares virtual workspaces as limited, with a bilingual description', () => {
    const v = manifest.capabilities?.virtualWorkspaces;
    assert.ok(v && typeof v === 'object', 'virtualWorkspaces is an object');
    assert.equal(v.supported, 'limited');
    assert.match(v.description ?? '', /[\u4e00-\u9fff]/, 'Chinese first');
    assert.match(v.description ?? '', /untitled documents/, 'English too');
    // Limited because the client checks only file: and untitled: documents.
    assert.match(clientSources, /\['file', 'untitled'\]/);
  });
});
