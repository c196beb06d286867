import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths';
import { SERVER } from '../helpers/lspClient';

// Issue 14 (spawn → first diagnostics ≤ 400 ms): what the first diagnostics do not need — the Word export and import
// (docx, xmldom, fflate), the preview's pagination and the templates — lives in server/dist/server-heavy.js, which the
// server loads on first use (lsp/heavy.ts, esbuild.mjs). A static import of any of it would silently put it back on the
// start path; these tests read the development build (`node esbuild.mjs`: esbuild's `// path` markers are in it).
const HEAVY = join(ROOT, 'server', 'dist', 'server-heavy.js');
const ON_DEMAND = [
  'node_modules/docx/',
  'node_modules/@xmldom/xmldom/',
  'node_modules/fflate/',
  'server/src/docx/export.ts',
  'server/src/core/layout/paginate.ts',
  'server/src/core/templates/data.ts',
];

describe('server start: on-demand code is a file of its own', () => {
  const server = readFileSync(SERVER, 'utf8');
  const heavy = readFileSync(HEAVY, 'utf8');

  it('server.js holds none of the on-demand modules, server-heavy.js holds all of them', () => {
    for (const m of ON_DEMAND) {
      assert.ok(!server.includes(`// ${m}`), `server.js should not contain ${m} (load it through import('./heavy.js'))`);
      assert.ok(heavy.includes(`// ${m}`), `server-heavy.js should contain ${m}`);
    }
    // The Word XML namespace is a string, so this holds in the minified production build too.
    assert.ok(!server.includes('wordprocessingml'));
    assert.ok(heavy.includes('wordprocessingml'));
  });

  it('server.js requires server-heavy.js only inside functions (on first use), never at load time', () => {
    const requires = server.split('\n').filter((l) => l.includes('server-heavy.js'));
    assert.ok(requires.length > 0, 'server.js should load server-heavy.js somewhere');
    for (const line of requires) assert.match(line, /await Promise\.resolve\(\)\.then\(\(\) => .*require\("\.\/server-heavy\.js"\)/);
  });
});
