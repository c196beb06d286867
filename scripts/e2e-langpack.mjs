// Builds a zh-cn language pack (main.i18n.json) for code-server's VS Code (lib/vscode) from the npm packages
// @codingame/monaco-vscode-language-pack-zh-hans and @codingame/monaco-vscode-* of the same VS Code version (1.96.4 for
// code-server 4.96.4: monaco-vscode-api 13.1.x). Used by scripts/e2e-setup.sh; see docs/development.md.
//
// VS Code's language pack format is keyed: { contents: { "<module>": { "<key>": "译文" } } }, and code-server turns it into
// its nls.messages.json through lib/vscode/out/nls.keys.json. The npm pack holds the same Microsoft translations as one
// array indexed like the localize(<index>, "English") calls of monaco-vscode-api's build, without keys. So:
//   1. every localize(<index>, "English") call (double- or single-quoted) in the installed @codingame packages gives, per module, English → 译文;
//   2. each (module, key, English) of nls.keys.json / nls.messages.json takes the translation of the same English in the
//      same module; failing that, of the same English anywhere, if all its translations agree;
//   3. a translation whose {0} placeholders differ from the English is dropped.
// Messages that match nothing stay English.
//
// Usage: node scripts/e2e-langpack.mjs <node_modules/@codingame dir> <lib/vscode dir> <out dir>
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [codingame, vscodeDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node scripts/e2e-langpack.mjs <node_modules/@codingame dir> <lib/vscode dir> <out dir>');
  process.exit(2);
}

const packFile = path.join(codingame, 'monaco-vscode-language-pack-zh-hans', 'translations', 'main.i18n.json.js');
const zh = (await import(pathToFileURL(packFile).href)).default;
const keys = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'out', 'nls.keys.json'), 'utf8'));
const english = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'out', 'nls.messages.json'), 'utf8'));
if (!Array.isArray(zh) || !Array.isArray(keys) || !Array.isArray(english)) throw new Error('unexpected input format');

// 1. English → 译文 per module, and everywhere (undefined once two translations disagree).
const perModule = new Map();
const anywhere = new Map();
let calls = 0;
for (const pkg of fs.readdirSync(codingame)) {
  const src = path.join(codingame, pkg, 'vscode', 'src');
  if (!fs.existsSync(src)) continue;
  for (const file of walk(src)) {
    const name = path.relative(src, file).replace(/\\/g, '/').replace(/\.js$/, '');
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\blocalize2?\(\s*(\d+)\s*,\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g)) {
      const t = zh[Number(m[1])];
      const en = stringLiteral(m[2]);
      if (en === undefined) continue;
      if (typeof t !== 'string') continue;
      calls++;
      if (!perModule.has(name)) perModule.set(name, new Map());
      perModule.get(name).set(en, t);
      anywhere.set(en, anywhere.has(en) && anywhere.get(en) !== t ? undefined : t);
    }
  }
}

// 2. VS Code's keys, in order, with their English messages.
const placeholders = (x) =>
  [...x.matchAll(/\{(\d+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const contents = {};
let total = 0;
let byModule = 0;
let byText = 0;
for (const [name, ks] of keys) {
  const local = perModule.get(name);
  ks.forEach((k, j) => {
    const key = typeof k === 'string' ? k : k.key;
    const en = english[total + j];
    let t = local?.get(en);
    if (t !== undefined) byModule++;
    else if ((t = anywhere.get(en)) !== undefined) byText++;
    if (t === undefined || typeof en !== 'string' || placeholders(t) !== placeholders(en)) return;
    (contents[name] ??= {})[key] = t;
  });
  total += ks.length;
}
if (total !== english.length) throw new Error(`nls.keys.json has ${total} keys, nls.messages.json ${english.length} messages`);

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents }));
console.log(
  `e2e-langpack: ${byModule + byText} of ${english.length} messages translated (${byModule} in the same module, ${byText} by text; ` +
    `${calls} localize calls in ${perModule.size} modules read) → ${path.join(outDir, 'main.i18n.json')}`,
);

/** The value of a JavaScript string literal in double or single quotes (VS Code's sources use both); undefined if unsure. */
function stringLiteral(lit) {
  let body = lit.slice(1, -1);
  if (lit[0] === "'") body = body.replace(/\\.|"/g, (x) => (x === '"' ? '\\"' : x === "\\'" ? "'" : x));
  try {
    return JSON.parse(`"${body}"`);
  } catch {
    return undefined;
  }
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.js')) yield p;
  }
}
