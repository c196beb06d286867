// The script analysis' fast paths (runs.ts skeleton with its own string, analyze.ts replacement built in one buffer):
// pinyin annotations dropped inside a run, and long runs clipped in the message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules, check, parseConfigObject } from '../../server/src/core/index';

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

test('the analysis reuses its scratch arrays from piece to piece: one document gives what its paragraphs give alone', () => {
  // Pieces of very different lengths in turn (a long one, then short ones, an annotated one, an astral character), so
  // that a later piece overwrites only the start of what an earlier one left in the scratch arrays.
  const paragraphs = [
    '後續工作將於下月開展，請各單位認真準備相關材料，確保會議順利舉行，並於月底前報送總結報告。'.repeat(8),
    '關於開會。',
    '將(jiāng)於下月開展。',
    '請𠀋各單位認真準備。',
    '經濟發展。'.repeat(3),
    '會議。',
  ];
  const lead = SIMPLIFIED.repeat(3);
  // A simplified sentence after each paragraph, so that a run does not reach from one to the next.
  const doc = lead + paragraphs.map((p) => p + '\n' + SIMPLIFIED).join('');
  const config = parseConfigObject({ rules: only.rules, script: 'simplified' }).config;
  const whole = check(doc, { config });
  let at = lead.length;
  const alone = paragraphs.flatMap((p) => {
    const base = at;
    at += p.length + 1 + SIMPLIFIED.length;
    return check(lead + p + '\n' + SIMPLIFIED, { config }).map((x) => ({
      ...x,
      start: x.start - lead.length + base,
      end: x.end - lead.length + base,
    }));
  });
  assert.ok(whole.length >= paragraphs.length, `every paragraph has a finding (${whole.length})`);
  assert.deepEqual(
    whole.map((x) => [x.start, x.end, x.fix?.edits[0].newText]),
    alone.map((x) => [x.start, x.end, x.fix?.edits[0].newText]),
  );
});
