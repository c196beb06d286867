import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, check, fixAll, type Problem } from '../../server/src/core/index';
import { rng } from '../helpers/rng';

// Quick smoke test (600 documents, inside `npm test`). The full robustness suite — 100 000 generated
// documents per run, idempotency, CRLF/CR independence, fix scope — is test/property (see docs/reliability.md).

// Pieces that exercise every family: markers, half/full-width marks, quotes, script, repeats, residue, astral Han.
const PIECES = [
  '一、',
  '（一）',
  '(二)',
  '1.',
  '1、',
  '（1）',
  '①',
  '第一条 ',
  '第二章',
  '一是',
  '二是',
  '四是',
  '加强',
  '领导',
  '的',
  '的的',
  '进一步',
  '研究研究',
  '認真',
  '發展',
  '关於',
  '乾县',
  '於',
  '这里',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '，',
  '。',
  '：',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '《',
  '》',
  '〈',
  '〉',
  '【',
  '】',
  '〔',
  '〕',
  '...',
  '……',
  '--',
  '——',
  '~',
  '～',
  '、',
  ' ',
  '　',
  '\t',
  '\n',
  '\r\n',
  '\n\n',
  '2024',
  '２０２４',
  '3.5亿元',
  '9:30',
  '9～16亿',
  '4千',
  '二○二四年',
  '2024年07月01日',
  '国办发[2024]05号',
  'XX',
  '___',
  '×××',
  '某某',
  '關(guān)',
  '管2理',
  'ㄎ',
  '\ufffd',
  '锟斤拷',
  '时间:2022-11-05 08:31:50',
  'https://www.gov.cn/a,b',
  'a@b.cn',
  '`code,x`',
  '<!-- gongwen-disable-next-line -->',
  '<!-- gongwen-disable -->',
  '<!-- gongwen-enable -->',
  '𠮷',
  '𪚥',
  '\ud800',
  '\udc00',
  '# ',
  '> ',
  '- ',
  '|a|b|',
];

function randomDoc(r: () => number): string {
  const n = 5 + Math.floor(r() * 120);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** A boundary inside a well-formed surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkRanges(text: string, ps: Problem[]): void {
  for (const p of ps) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.ruleId}: range ${p.start}-${p.end} in ${text.length}`);
    assert.ok(
      !splitsPair(text, p.start) && !splitsPair(text, p.end),
      `${p.ruleId}: range ${p.start}-${p.end} splits a surrogate pair in ${JSON.stringify(text)}`,
    );
    for (const e of p.fix?.edits ?? []) {
      assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${p.ruleId}: fix edit ${e.start}-${e.end}`);
      assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${p.ruleId}: fix edit splits a surrogate pair`);
    }
  }
}

describe('robustness on random documents built from every kind of defect', () => {
  for (const language of ['plaintext', 'markdown'] as const) {
    it(`${language}: no rule throws, ranges are valid and never split a surrogate pair, fixAll terminates`, () => {
      const r = rng(language === 'plaintext' ? 20241122 : 9704);
      for (let i = 0; i < 300; i++) {
        const text = randomDoc(r);
        const errors: string[] = [];
        const ps = check(text, { language, onRuleError: (id, e) => errors.push(`${id}: ${e instanceof Error ? e.message : String(e)}`) });
        assert.deepEqual(errors, [], `rules threw on ${JSON.stringify(text)}`);
        checkRanges(text, ps);
        const { output, passes } = fixAll(text, { language });
        assert.ok(passes <= 10);
        checkRanges(output, check(output, { language }));
      }
    });
  }

  it('every rule survives empty, whitespace-only, CRLF-only and huge single-line input', () => {
    const inputs = [
      '',
      ' ',
      '\n',
      '\r\n\r\n',
      '　　',
      '一',
      '𠮷',
      '（',
      '”',
      '一、',
      'a'.repeat(20000),
      '的'.repeat(5000),
      '，'.repeat(3000),
    ];
    for (const text of inputs) {
      for (const rule of allRules) {
        const ps = check(text, { onlyRules: [rule.meta.id], config: { rules: { [rule.meta.id]: 'warning' } } });
        checkRanges(text, ps);
      }
    }
  });
});
