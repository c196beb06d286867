/**
 * The element model decides where the body is; the outline reads headings in the 正文 and in each 附件 page
 * (issue 15 item 3): 版头, 附件说明, 版记 lines are never headings, each 附件 page is a tree of its own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check } from '../../server/src/core/engine';
import { allRules } from '../../server/src/core/rules/index';
import { analyzeNumbering, parseOutline } from '../../server/src/core/outline/index';

const I = '\u3000\u3000';
const STRUCTURE = new Set(allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id));
const structureProblems = (t: string): string[] =>
  check(t)
    .filter((p) => STRUCTURE.has(p.ruleId))
    .map((p) => `${p.ruleId} ${t.slice(p.start, p.end)}`);

const NOTICE = [
  '青川市人民政府文件',
  '',
  '青政发〔2025〕7号',
  '',
  '关于加强城市供水安全保障工作的通知',
  '',
  '各区县人民政府，市政府各部门：',
  '',
  `${I}一、落实供水安全责任`,
  `${I}二、加强水源地保护`,
  `${I}（一）划定保护范围`,
  `${I}三、强化应急处置`,
  '',
  `${I}附件:1.青川市城市供水安全责任分工表`,
  `${I}　　 3.青川市饮用水水源保护区名录`,
  '',
  '青川市人民政府',
  '2025年3月4日',
  '',
  '附件1',
  '',
  '青川市城市供水安全责任分工表',
  '',
  `${I}一、市水务局`,
  `${I}二、市生态环境局`,
  '',
  '附件2',
  '',
  '青川市饮用水水源保护区名录',
  '',
  `${I}一、清河水库`,
  `${I}三、北郊水源地`,
  '',
  '抄送：市委办公室。',
  '青川市人民政府办公室　　2025年3月5日印发',
].join('\n');

describe('the outline inside the element model', () => {
  const o = parseOutline(NOTICE);
  const at = (line: number) => o.headings.filter((h) => h.line === line);
  it('附件说明 items (even numbered 1. 3.) are markers outside the body, not headings', () => {
    assert.deepEqual(at(13), []);
    assert.deepEqual(at(14), []);
    assert.ok(
      o.asides.some((a) => a.line === 14),
      'the item marker stays a marker for the punctuation rules',
    );
  });
  it('each 附件 page is its own tree: part numbers, roots per part', () => {
    assert.deepEqual(
      o.roots.map((h) => `${h.part ?? 0}:${h.marker.trim()}`),
      ['0:一、', '0:二、', '0:三、', '1:一、', '1:二、', '2:一、', '2:三、'],
    );
    const sectionOfLast = o.roots[2];
    assert.ok(sectionOfLast.sectionEnd <= NOTICE.indexOf('附件1'), 'the 正文 section ends before the first 附件 page');
  });
  it('numbering is per part: only the gap inside 附件2 is reported, against 附件2 alone', () => {
    const a = analyzeNumbering(o, NOTICE);
    assert.deepEqual(
      a.problems.map((p) => `${p.kind} ${p.heading.line} ${p.expected}`),
      ['gap 31 2'],
    );
    assert.deepEqual(structureProblems(NOTICE), ['heading-sequence 三、']);
  });
  it('a text that is no 公文 keeps today’s outline (附件 lines read as before)', () => {
    const plain = `工作总结\n\n一、甲\n二、乙\n\n附件1\n\n一、丙\n二、丁\n`;
    const p = parseOutline(plain);
    assert.ok(p.headings.every((h) => h.part === undefined));
    assert.equal(p.headings.length, 4);
  });
});
