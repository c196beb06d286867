// Word export checked as a user would: the exported .docx opens in LibreOffice (headless) and converts
// to PDF without error; page counts follow the 22 × 28 grid (pdfinfo); page 1 of a 公文 is rendered to
// PNG (pdftoppm) into test/e2e/screenshots/ (docs/images/docx-page1.png with E2E_UPDATE_IMAGES=1).
// Needs soffice, pdfinfo and pdftoppm (scripts/e2e-setup.sh installs libreoffice-writer-nogui and
// poppler-utils); skipped with a message when they are absent outside CI.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['soffice', 'pdfinfo', 'pdftoppm'].filter((c) => !has(c));
const SKIP =
  missing.length && !process.env.CI
    ? `${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils; scripts/e2e-setup.sh does it)`
    : false;

const HAN = '国务院办公厅关于进一步加强政务公开工作的意见要求各地区各部门认真贯彻落实';
const lineOf = (n, i) => (HAN.repeat(2).slice(i % HAN.length) + HAN).slice(0, n);
/** n lines of `chars` Han characters each (plus the 2-character first-line indent the export adds). */
const grid = (lines, chars) => Array.from({ length: lines }, (_, i) => lineOf(chars, i)).join('\n') + '\n';

const work = mkdtempSync(join(tmpdir(), 'gongwen-docx-lo-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...args) {
  return execFileSync(process.execPath, [join(ROOT, 'server', 'dist', 'cli.js'), ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
}

function pages(pdf) {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return m ? Number(m[1]) : NaN;
}

describe('Word export in LibreOffice', { skip: SKIP }, () => {
  before(() => {
    if (!existsSync(join(ROOT, 'server', 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    mkdirSync(join(work, 'in'));
    writeFileSync(join(work, 'in', 'grid44.txt'), grid(44, 26));
    writeFileSync(join(work, 'in', 'grid45.txt'), grid(45, 26));
    writeFileSync(join(work, 'in', 'grid22x27.txt'), grid(22, 27));
    const fixtures = join(ROOT, 'test', 'fixtures', 'elements');
    for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.gongwen'))) copyFileSync(join(fixtures, f), join(work, 'in', f));
    cli('export', 'in', '-o', 'docx');
    // One soffice run for every file, with a private profile (no clash with another LibreOffice).
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(work, 'pdf'),
        ...readdirSync(join(work, 'docx')).map((f) => join(work, 'docx', f)),
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    assert.equal(r.status, 0, `soffice failed: ${r.stderr}`);
  });

  it('converts every exported document to PDF', () => {
    const docx = readdirSync(join(work, 'docx'));
    assert.ok(docx.length >= 28);
    for (const f of docx) {
      const pdf = join(work, 'pdf', f.replace(/\.docx$/, '.pdf'));
      assert.ok(existsSync(pdf), `${f}: no PDF`);
      assert.ok(pages(pdf) >= 1, f);
    }
  });

  it('lays out 22 lines a page and 28 characters a line', () => {
    // 44 full lines (2-character indent + 26) fill two pages; the 45th starts a third.
    assert.equal(pages(join(work, 'pdf', 'grid44.pdf')), 2);
    assert.equal(pages(join(work, 'pdf', 'grid45.pdf')), 3);
    // 2 + 27 characters do not fit a 28-character line: 22 paragraphs take 44 lines, two pages.
    assert.equal(pages(join(work, 'pdf', 'grid22x27.pdf')), 2);
  });

  it('renders page 1 of a 公文 to PNG', () => {
    const out = join(ROOT, 'test', 'e2e', 'screenshots');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(work, 'pdf', 'r-request-1.pdf'),
      join(out, 'docx-page1'),
    ]);
    assert.ok(existsSync(join(out, 'docx-page1.png')));
    if (process.env.E2E_UPDATE_IMAGES === '1') copyFileSync(join(out, 'docx-page1.png'), join(ROOT, 'docs', 'images', 'docx-page1.png'));
  });
});
