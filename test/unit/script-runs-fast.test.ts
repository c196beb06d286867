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

test('the analysis reuses its scratch arrays from piece to piece: each piece gives what it gives alone', () => {
  // Pieces of very different lengths in turn (a long one, then short ones, an annotated one, an astral character), so
  // that a later piece overwrites only the start of what an earlier one left in the scratch arrays; a quotation after
  // each paragraph cuts the prose into separate pieces. 弄乾了 has a weak flag (乾) that joins no run, after pieces whose
  // weak flags (於) did join one: a run label left over from an earlier piece would pull it in.
  const paragraphs: [string, [string, string][]][] = [
    [
      '後續工作將於下月開展，請各單位認真準備相關材料，確保會議順利舉行，並於月底前報送總結報告。'.repeat(8),
      [
        [
          // A run ends at its last converted character: here 報 (告 is written alike), below 開 and 發 (展).
          '後續工作將於下月開展，請各單位認真準備相關材料，確保會議順利舉行，並於月底前報送總結報告。'.repeat(8).slice(0, -2),
          '后续工作将于下月开展，请各单位认真准备相关材料，确保会议顺利举行，并于月底前报送总结报告。'.repeat(8).slice(0, -2),
        ],
      ],
    ],
    ['關於開會。', [['關於開會', '关于开会']]],
    ['將(jiāng)於下月開展。', [['將(jiāng)於下月開', '将(jiāng)于下月开']]],
    ['請𠀋各單位認真準備。', [['請𠀋各單位認真準備', '请𠀋各单位认真准备']]],
    ['他把衣服弄乾了。', []],
    ['經濟發展。'.repeat(3), [['經濟發展。經濟發展。經濟發', '经济发展。经济发展。经济发']]],
    ['會議。', [['會議', '会议']]],
  ];
  const lead = SIMPLIFIED.repeat(3);
  const tail = (p: string): string => p + '“引文”' + SIMPLIFIED;
  const doc = lead + paragraphs.map(([p]) => tail(p)).join('');
  const config = parseConfigObject({ rules: only.rules, script: 'simplified' }).config;
  const found = (text: string, from: number) =>
    check(text, { config })
      .filter((x) => x.start >= from)
      .map((x) => [text.slice(x.start, x.end), x.fix?.edits[0].newText]);
  // Each paragraph alone (in a fresh document, after the long one has grown the arrays) and within the document.
  const expected = paragraphs.flatMap(([, e]) => e);
  for (const [p, e] of paragraphs) assert.deepEqual(found(lead + tail(p), lead.length), e, p.slice(0, 10));
  assert.deepEqual(found(doc, 0), expected);
});
