import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TEMPLATES, templateText } from '../../server/src/core/templates/index';
import { runIn } from './harness';

describe('gongwen-lint new', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-new-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--list names every template with its description', async () => {
    const r = await runIn(['new', '--list'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    for (const t of TEMPLATES) assert.match(r.stdout, new RegExp(`^${t.id}.*${t.description.zh}`, 'm'));
  });

  it('--list does not repeat the kind name or label before the description', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const r = await runIn(['new', '--list', '--locale', locale], { cwd: dir });
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, TEMPLATES.length);
      TEMPLATES.forEach((t, i) => {
        const rest = lines[i].slice(t.id.padEnd(4, '　').length).trim();
        assert.ok(rest.endsWith(t.description[locale]), lines[i]);
        for (const name of [t.id, t.label.zh, t.label.en])
          assert.ok(!rest.startsWith(`${name}：`) && !rest.startsWith(`${name}: ${name}`), lines[i]);
        const form = /（(.{2,})）/.exec(t.label.zh)?.[1]; // 函（信函格式）：信函格式：…
        if (form && locale === 'zh') assert.equal(lines[i].split(form).length, 2, `the form is named twice: ${lines[i]}`);
      });
    }
    const en = await runIn(['new', '--list', '--locale', 'en'], { cwd: dir });
    assert.match(en.stdout, /^通知　　 {2}Notice: Standard form, to lower levels$/m);
    assert.match(en.stdout, /^函　　　 {2}Letter form: no 文件/m);
  });

  it('prints the template with its prompts, and the printed template fails the check until filled', async () => {
    const r = await runIn(['new', '通知'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, templateText(TEMPLATES[0]));
    assert.match(r.stdout, /^XX市人民政府文件$/m);
    assert.match(r.stdout, /〔20XX〕XX号/);
    const checked = await runIn(['--language', 'gongwen', '--rule', 'no-placeholder=error', '-'], { cwd: dir, input: r.stdout });
    assert.equal(checked.code, 1);
    assert.match(checked.stdout, /no-placeholder/);
  });

  it('-o writes a file and refuses to overwrite one', async () => {
    const r = await runIn(['new', '函', '-o', 'letter.gongwen'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'letter.gongwen'), 'utf8'), templateText(TEMPLATES.find((t) => t.id === '函')!));
    writeFileSync(join(dir, 'keep.gongwen'), 'mine');
    const again = await runIn(['new', '请示', '-o', 'keep.gongwen'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /已存在/);
    assert.equal(readFileSync(join(dir, 'keep.gongwen'), 'utf8'), 'mine');
  });

  it('unknown kinds, missing arguments and unknown options are usage errors (exit 2) with the kinds listed', async () => {
    const r = await runIn(['new', '简报'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /没有“简报”模板.*通知、请示/);
    assert.equal((await runIn(['new'], { cwd: dir })).code, 2);
    assert.equal((await runIn(['new', '通知', '-o'], { cwd: dir })).code, 2);
    const en = await runIn(['new', '--bogus', '--locale', 'en'], { cwd: dir });
    assert.equal(en.code, 2);
    assert.match(en.stderr, /unknown option "--bogus"/);
    assert.equal(en.stdout, '');
  });
});
