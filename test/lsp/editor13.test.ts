// Issue 13 items 6 and 7 and the «问题（按类别）» view, over stdio: «忽略此问题» (an ignore list outside the
// document), grouped diagnostics for many findings of one rule on one line, gongwen/ignoreEdit and gongwen/problems.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { actionsFor, applyAction as apply, startServer, type TestClient, closeCleanly } from '../helpers/lspClient';

const RULE = 'no-half-width-punctuation';
let n = 0;
function open(c: TestClient, text: string, languageId = 'plaintext', uri = `untitled:e13-${++n}.txt`): TextDocument {
  void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return TextDocument.create(uri, languageId, 1, text);
}
async function pull(c: TestClient, uri: string): Promise<Diagnostic[]> {
  const r = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return (r as { items: Diagnostic[] }).items;
}
const COMMAS = '甲,乙,丙,丁,戊,己。\n庚,辛。';

describe('ignore list and grouped diagnostics (issue 13 items 6, 7)', () => {
  let c: TestClient;
  before(async () => {
    c = await startServer({ initializationOptions: { ignored: [{ rule: RULE, text: ',', context: '不要报这个,逗号' }, { bad: 1 }] } });
  });
  after(async () => {
    await closeCleanly(c);
  });

  it('the workspace-state list sent at start applies; a bad entry in it is dropped', async () => {
    const doc = open(c, '不要报这个,逗号。\n但要报这个,逗号。');
    const items = await pull(c, doc.uri);
    assert.deepEqual(
      items.map((d) => d.range.start.line),
      [1],
    );
  });

  it('gongwen/setIgnored replaces the list; the diagnostics follow', async () => {
    const doc = open(c, '请于3月5日前报送,逾期不候。');
    assert.equal((await pull(c, doc.uri)).length, 1);
    await c.conn.sendNotification('gongwen/setIgnored', { entries: [{ rule: RULE, text: ',', context: '前报送,逾期' }] });
    // The notification is handled before the next request (one connection, in order).
    assert.equal((await pull(c, doc.uri)).length, 0);
    await c.conn.sendNotification('gongwen/setIgnored', { entries: [] });
    assert.equal((await pull(c, doc.uri)).length, 1);
  });

  it(`5 findings of one rule on one line become one diagnostic with the count; 1 on the next line stays single`, async () => {
    const doc = open(c, COMMAS);
    const items = await pull(c, doc.uri);
    assert.equal(items.length, 2, JSON.stringify(items.map((d) => d.message)));
    const [group, single] = items;
    assert.equal(group.code, RULE);
    assert.match(String(group.message), /^本行有 5 处“半角标点”问题，例如：中文语境中的半角“,”应改为全角“，”$/);
    assert.deepEqual(group.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 10 } });
    assert.deepEqual(
      group.relatedInformation?.map((r) => r.location.range.start.character),
      [1, 3, 5, 7, 9],
    );
    assert.equal(single.range.start.line, 1);
    assert.doesNotMatch(String(single.message), /本行有/);
    // Status bar counts (gongwen/stats) still count every finding.
    const stats = (await c.conn.sendRequest('gongwen/stats', { uri: doc.uri })) as { errors: number };
    assert.equal(stats.errors, 6);
  });

  it('the grouped diagnostic fixes all of its line at once and is the preferred fix; the other line stays', async () => {
    const doc = open(c, COMMAS);
    const [group] = await pull(c, doc.uri);
    const actions = await actionsFor(c, doc.uri, group);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === '修复本行全部 5 处“半角标点”问题');
    assert.ok(fix, titles.join(' / '));
    assert.equal(fix.isPreferred, true);
    assert.equal(apply(doc, fix), '甲，乙，丙，丁，戊，己。\n庚,辛。');
    assert.ok(titles.includes('修复本文档中所有“半角标点”问题'), titles.join(' / '));
  });

  it('a grouped diagnostic of an older version offers no fix of its members (their offsets moved)', async () => {
    const doc = open(c, COMMAS);
    const [group] = await pull(c, doc.uri);
    // Same line, findings shifted by two characters: the stored offsets would now cover other commas.
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: 2 },
      contentChanges: [{ text: `前言${COMMAS}` }],
    });
    const titles = (await actionsFor(c, doc.uri, group)).map((a) => a.title);
    assert.ok(!titles.some((x) => x.startsWith('修复本行全部')), titles.join(' / '));
    const [fresh] = await pull(c, doc.uri);
    assert.ok((await actionsFor(c, doc.uri, fresh)).some((a) => a.title.startsWith('修复本行全部')));
  });

  it('a grouped diagnostic offers «忽略本行全部 N 处…»: an entry per finding (identical ones once); they hide exactly that line', async () => {
    const doc = open(c, COMMAS);
    const [group] = await pull(c, doc.uri);
    const actions = await actionsFor(c, doc.uri, group);
    const ignore = actions.find((a) => a.title === '忽略本行全部 5 处“半角标点”问题');
    assert.ok(ignore, actions.map((a) => a.title).join(' / '));
    assert.ok(!actions.some((a) => a.title.startsWith('忽略此问题')), 'no single ignore for a group');
    const args = ignore.command?.arguments?.[0] as { entry: unknown; entries: { rule: string; text: string; context: string }[] };
    assert.equal(ignore.command?.command, 'gongwen.ignoreProblem');
    assert.deepEqual(
      args.entries.map((e) => e.context),
      // 8 characters either side on the line: the 2nd, 3rd and 4th commas share one context, so one entry (which
      // matches each of them) stands for the three.
      ['甲,乙,丙,丁,戊,', '甲,乙,丙,丁,戊,己。', ',乙,丙,丁,戊,己。'],
    );
    assert.ok(args.entries.every((e) => e.rule === RULE && e.text === ','));
    assert.deepEqual(args.entry, args.entries[0]);
    // The client stores them (here: the workspace-state list); the group is gone, the next line's finding stays.
    await c.conn.sendNotification('gongwen/setIgnored', { entries: args.entries });
    const left = await pull(c, doc.uri);
    assert.deepEqual(
      left.map((d) => [d.range.start.line, d.range.start.character]),
      [[1, 1]],
    );
    await c.conn.sendNotification('gongwen/setIgnored', { entries: [] });
    // Markdown keeps the inline directive instead, for a group as for a single finding.
    const md = open(c, COMMAS, 'markdown', `untitled:e13-${++n}.md`);
    const mdTitles = (await actionsFor(c, md.uri, (await pull(c, md.uri))[0])).map((a) => a.title);
    assert.ok(!mdTitles.some((x) => x.startsWith('忽略')), mdTitles.join(' / '));
    assert.ok(
      mdTitles.some((x) => x.startsWith('在此行禁用')),
      mdTitles.join(' / '),
    );
  });

  it('four findings group, three do not (GROUP_MIN = 4)', async () => {
    const four = open(c, '甲,乙,丙,丁,戊。');
    assert.equal((await pull(c, four.uri)).length, 1);
    const three = open(c, '甲,乙,丙,丁。');
    assert.equal((await pull(c, three.uri)).length, 3);
  });

  it('gongwen/ignoreEdit adds an entry to a config text (keeping comments), never twice, and removes it', async () => {
    const text = '{\n  // 本单位设置\n  "rules": {}\n}\n';
    const entry = { rule: RULE, text: ',', context: '重视,认真' };
    const add = (await c.conn.sendRequest('gongwen/ignoreEdit', { text, add: [entry] })) as {
      edits: { start: number; end: number; newText: string }[];
      entries: unknown[];
    };
    assert.deepEqual(add.entries, []);
    assert.equal(add.edits.length, 1);
    const e = add.edits[0];
    const after1 = text.slice(0, e.start) + e.newText + text.slice(e.end);
    assert.match(after1, /\/\/ 本单位设置/);
    const again = (await c.conn.sendRequest('gongwen/ignoreEdit', { text: after1, add: [entry] })) as typeof add;
    assert.deepEqual(again.edits, [], 'an entry already present is not added twice');
    assert.deepEqual(again.entries, [entry]);
    const rm = (await c.conn.sendRequest('gongwen/ignoreEdit', { text: after1, remove: [entry] })) as typeof add;
    const r = rm.edits[0];
    assert.equal(after1.slice(0, r.start) + r.newText + after1.slice(r.end), '{\n  // 本单位设置\n  "rules": {}\n}\n');
    const fresh = (await c.conn.sendRequest('gongwen/ignoreEdit', { text: '', add: [entry] })) as typeof add;
    assert.deepEqual(JSON.parse(fresh.edits[0].newText), { ignore: [entry] });
    await assert.rejects(c.conn.sendRequest('gongwen/ignoreEdit', { text: '{ "rules": ', add: [entry] }), /不是有效的 JSON 对象/);
  });

  it('gongwen/problems lists findings by category then rule, with short names', async () => {
    const doc = open(c, '各单位要高度重视,认真落实。\n\n一、总体要求\n\n三、工作要求');
    const r = (await c.conn.sendRequest('gongwen/problems', { uri: doc.uri })) as {
      categories: { category: string; label: string; rules: { rule: string; name: string; problems: unknown[] }[] }[];
    };
    assert.deepEqual(
      r.categories.map((x) => x.label),
      ['结构层次', '标点'],
    );
    assert.equal(r.categories[1].rules[0].name, '半角标点');
    assert.equal(r.categories[1].rules[0].problems.length, 1);
    assert.equal(await c.conn.sendRequest('gongwen/problems', { uri: 'untitled:none' }), null);
  });
});

describe('a .gongwenrc.json ignore list applies in the editor', () => {
  it('the ignore action names the config file that applies; the file list hides the finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-e13-'));
    writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify({ ignore: [{ rule: RULE, text: ',', context: '甲,乙' }] }));
    const c = await startServer();
    try {
      const uri = pathToFileURL(join(dir, 'a.txt')).href;
      const doc = open(c, '甲,乙。\n丙,丁。', 'plaintext', uri);
      const items = await pull(c, doc.uri);
      assert.deepEqual(
        items.map((d) => d.range.start.line),
        [1],
      );
      const ignore = (await actionsFor(c, doc.uri, items[0])).find((a) => a.command?.command === 'gongwen.ignoreProblem');
      assert.equal((ignore?.command?.arguments?.[0] as { configFile?: string }).configFile, join(dir, '.gongwenrc.json'));
    } finally {
      await c.close();
    }
  });
});
