// Element recognition defects found in the post-merge review (items 10, 12, 13): an unbracketed 附注 under the
// date, a long 附件说明, the 纪要 编发 line. The first case is the review's own test (branch review).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, EMPTY_CONFIG } from '../../server/src/core/index';
import { parseElements } from '../../server/src/core/elements/index';

const kinds = (text: string): string[] => parseElements(text).elements.map((e) => `${e.kind}@${e.line}`);

describe('review: an unbracketed 附注 under the date (item 10)', () => {
  const notice = (tail: string): string =>
    '青山市人民政府办公室关于做好防汛工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下。\n\n' +
    '附件：1．青山市2024年防汛重点部位清单\n　　　2．青山市防汛抗旱应急联系人名单\n\n' +
    `青山市人民政府办公室\n2024年4月15日\n\n${tail}\n\n附件1\n\n青山市2024年防汛重点部位清单\n\n一、城区低洼地段\n\n` +
    '附件2\n\n青山市防汛抗旱应急联系人名单\n\n张三，市水利局。\n';
  it('is reported by note-brackets, not swallowed into the attachment list', () => {
    const ids = check(notice('此件公开发布'), { config: EMPTY_CONFIG }).map((p) => p.ruleId);
    assert.ok(!ids.includes('attachment-title-match'), `attachment-title-match fired: ${ids.join(', ')}`);
    assert.ok(ids.includes('note-brackets'), `note-brackets missing: ${ids.join(', ')}`);
  });
  it('the list, 署名, 日期 and the bare 附注 are their own elements, as with brackets', () => {
    const bare = kinds(notice('此件公开发布'));
    assert.deepEqual(bare, kinds(notice('（此件公开发布）')));
    assert.deepEqual(
      bare.filter((k) => /^(attachmentNote|signature|date|note)@/.test(k)),
      ['attachmentNote@6', 'signature@9', 'date@10', 'note@12'],
    );
    const text = notice('联系人：王五，电话：12345678');
    const note = parseElements(text).elements.find((e) => e.kind === 'note')!;
    assert.equal(text.slice(note.valueStart, note.valueEnd), '联系人：王五，电话：12345678');
  });
  it('a body sentence that starts like a note, with no date above it, stays body', () => {
    const text = '关于做好防汛工作的通知\n\n各区县人民政府：\n\n请认真落实。\n\n此件公开发布\n';
    assert.ok(!kinds(text).some((k) => k.startsWith('note')), kinds(text).join(' '));
  });
});

describe('review: a long 附件说明 (item 12)', () => {
  const list = (n: number): string =>
    Array.from({ length: n }, (_, i) => `${i === 0 ? '附件：' : '　　　'}${i + 1}．青山市第${i + 1}号重点部位清单`).join('\n');
  const text = (n: number): string =>
    `青山市人民政府办公室关于做好防汛工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下。\n\n${list(n)}\n\n青山市人民政府办公室\n2024年4月15日\n`;
  it('64 items are one attachmentNote with 64 items, and no heading-sequence finding', () => {
    const notes = parseElements(text(64)).elements.filter((e) => e.kind === 'attachmentNote');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].items?.length, 64);
    const found = check(text(64), { config: EMPTY_CONFIG }).filter((p) => p.ruleId.startsWith('heading'));
    assert.deepEqual(
      found.map((p) => p.message),
      [],
    );
  });
});

describe('review: the 纪要 编发 line under the 期号 (item 13)', () => {
  const minutes = (issue: string): string =>
    `青山市人民政府常务会议纪要\n\n第5期\n\n${issue}\n\n　　2024年3月6日，市长张明主持召开市政府常务会议，研究防汛工作。会议纪要如下：\n` +
    '　　一、关于防汛工作\n　　会议要求各区压实责任。\n\n出席：张明　李华\n';
  it('青山市人民政府办公室　　　　2024年3月8日 is the issueLine of the 版头, not body text', () => {
    const text = minutes('青山市人民政府办公室　　　　2024年3月8日');
    assert.equal(parseElements(text).form, 'minutes');
    assert.deepEqual(kinds(text).slice(0, 4), ['issuerMark@0', 'docNumber@2', 'issueLine@4', 'body@6']);
    const one = minutes('青山市人民政府办公室 2024年3月8日');
    assert.ok(kinds(one).includes('issueLine@4'), kinds(one).join(' '));
  });
  it('only under the 期号 of a 纪要标志: a sentence, or the same line in a 通知, is not one', () => {
    const sentence = minutes('青山市人民政府办公室于2024年3月8日印发。');
    assert.ok(!kinds(sentence).some((k) => k.startsWith('issueLine')), kinds(sentence).join(' '));
    const notice =
      '青山市人民政府文件\n\n青政发〔2024〕5号\n\n青山市人民政府办公室　　2024年3月8日\n\n关于做好防汛工作的通知\n\n各区县人民政府：\n\n请认真落实。\n';
    assert.ok(!kinds(notice).some((k) => k.startsWith('issueLine')), kinds(notice).join(' '));
  });
});
