// The script analysis' fast paths (runs.ts skeleton with its own string, analyze.ts replacement built in one buffer):
// pinyin annotations dropped inside a run, and long runs clipped in the message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules, check } from '../../server/src/core/index';

const only = {
  rules: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === 'no-mixed-script' ? ('warning' as const) : ('off' as const)])),
};
const SIMPLIFIED = '这是一份简体文件，我们认真学习贯彻会议精神，推动各项工作落实落细。\n';

test('a traditional run across a pinyin annotation keeps the annotation and converts the rest', () => {
  const text = SIMPLIFIED + '后续工作將(jiāng)於下月開展，請各單位認真準備。\n';
  const ps = check(text, { config: only });
  assert.equal(ps.length, 1);
  assert.equal(text.slice(ps[0].start, ps[0].end), '將(jiāng)於下月開展，請各單位認真準備');
  assert.equal(ps[0].fix?.edits[0].newText, '将(jiāng)于下月开展，请各单位认真准备');
  assert.equal(ps[0].message, '简体文档中混入繁体字：“將(jiāng)於下月開展，請…”应为“将(jiāng)于下月开展，请…”');
});

test('a long simplified run in a traditional document (CRLF and an astral character later on): whole fix, clipped message', () => {
  const text = SIMPLIFIED + '後續工作將於下月開展，\r\n請各單位認真準備𠀋相關材料，這個很長的句子應該被截斷。\n';
  const ps = check(text, { config: only });
  assert.equal(ps.length, 1);
  assert.equal(ps[0].start, 0);
  assert.equal(ps[0].fix?.edits[0].newText, '這是一份簡體文件，我們認真學習貫徹會議精神，推動各項工作落實落細');
  assert.match(ps[0].message, /^繁体文档中混入简体字：“这是一份简体文件，我们认真学习…”应为“這是一份簡體文件，我們認真學習…”$/);
});
