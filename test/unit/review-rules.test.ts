// Review items 3, 4, 5, 6, 7 and 14 (false alarms and unsafe safe fixes around 公文 elements and 法规体).
// Cases 3–7 are taken from branch review (test/unit/review-defects.test.ts); 14 and the must-still-flag cases are ours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, fixAll, EMPTY_CONFIG } from '../../server/src/core/index';
import { templateById, templateSample } from '../../server/src/core/templates/index';

const found = (text: string, rule: string): string[] =>
  check(text, { config: EMPTY_CONFIG })
    .filter((p) => p.ruleId === rule)
    .map((p) => `${text.slice(p.start, p.end)}|${p.message}`);

describe('review 3: the 印发 line keeps the space between 印发机关 and 印发日期', () => {
  it('fixAll does not join 青山市人民政府办公室 and 2024年4月15日印发', () => {
    const text =
      '青山市人民政府办公室关于召开会议的通知\n\n各单位：\n\n定于5月8日召开会议。\n\n青山市人民政府办公室\n2024年4月15日\n\n' +
      '抄送：市委办公室。\n青山市人民政府办公室 2024年4月15日印发\n';
    assert.equal(fixAll(text, { config: EMPTY_CONFIG }).output, text);
  });
  it('the 纪要 header line (编发机关 and date) is left alone', () => {
    const text = '青山市人民政府常务会议纪要\n\n第5期\n\n青山市人民政府办公室 2024年3月8日\n\n会议研究了防汛工作。\n';
    assert.deepEqual(found(text, 'no-space-han-alphanumeric'), []);
    assert.equal(fixAll(text, { config: EMPTY_CONFIG }).output, text);
  });
  it('a Pangu space in a sentence is still fixed', () => {
    assert.equal(found('请于 2024年6月30日前报送。\n', 'no-space-han-alphanumeric').length, 1);
    assert.equal(found('会议定于 2024年3月8日\n', 'no-space-han-alphanumeric').length, 1);
  });
});

describe('review 4: 法规体 letter-spaced chapter titles', () => {
  const text =
    '青山市城市绿化管理办法\n\n第一章　总　　则\n\n第一条　为了加强城市绿化管理，制定本办法。\n\n第二章　附　　则\n\n第二条　本办法自2024年7月1日起施行。\n';
  it('第一章　总　　则 is not flagged by no-space-between-han', () => {
    assert.deepEqual(found(text, 'no-space-between-han'), []);
  });
  it('fixAll leaves the chapter titles as written', () => {
    assert.equal(fixAll(text, { config: EMPTY_CONFIG }).output, text);
  });
  it('a stray space inside a longer chapter title is still flagged', () => {
    assert.equal(found('第二章　城市 绿化\n', 'no-space-between-han').length, 1);
    assert.equal(found('第二章　总　则　规　定　和\n', 'no-space-between-han').length, 4);
  });
});

describe('review 5: 函 发文机关标志 and 署名 are not duplicated paragraphs', () => {
  it('a 函 whose 发文机关标志 and 署名 are the same agency name is not a duplicated paragraph', () => {
    const text =
      '青山市人民政府办公室\n\n青政办函〔2024〕7号\n\n青山市人民政府办公室关于商请支持开展干部交流培训的函\n\n绿水市人民政府办公室：\n\n我市拟于2024年6月选派10名干部赴贵市学习交流。恳请贵市给予支持。\n\n特此函商，盼复。\n\n青山市人民政府办公室\n2024年5月6日\n';
    assert.deepEqual(found(text, 'no-duplicate-sentence'), []);
    const pasted = text.replace('特此函商，盼复。', '我市拟于2024年6月选派10名干部赴贵市学习交流。恳请贵市给予支持。\n\n特此函商，盼复。');
    assert.equal(found(pasted, 'no-duplicate-sentence').length, 1, 'a body paragraph pasted twice is still reported');
  });
  it('the filled 函 template has no duplicate-sentence finding', () => {
    const text = templateSample(templateById('函')!);
    assert.deepEqual(found(text, 'no-duplicate-sentence'), []);
  });
});

describe('review 6: 批复 items that are sentences', () => {
  it('a 批复 item that is a sentence (一、同意…，为…。) is not a heading with a stray 。', () => {
    const text =
      '青山市人民政府关于同意设立管委会的批复\n\n市发展改革委：\n\n你委请示收悉。经研究，现批复如下：\n一、同意设立管委会，为市政府派出机构。\n二、请你委抓紧做好相关工作。\n\n此复。\n\n青山市人民政府\n2024年6月3日\n';
    assert.deepEqual(found(text, 'heading-trailing-punctuation'), []);
  });
  it('a comma heading whose sibling is a plain heading is still reported', () => {
    const text = '一、加强领导，强化宣传。\n\n正文。\n\n二、工作任务\n\n正文。\n';
    assert.equal(found(text, 'heading-trailing-punctuation').length, 1);
  });
});

describe('review 7: a two-line attachment title', () => {
  const page = (title: string): string =>
    '青山市人民政府办公室关于做好防汛工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下。\n\n' +
    '附件：1．青山市2024年防汛重点部位清单\n　　　2．青山市防汛抗旱应急联系人名单\n\n' +
    `青山市人民政府办公室\n2024年4月15日\n\n（此件公开发布）\n\n附件1\n\n${title}\n\n一、城区低洼地段\n\n` +
    '附件2\n\n青山市防汛抗旱应急联系人名单\n\n张三，市水利局。\n';
  const ids = (text: string): string[] => check(text, { config: EMPTY_CONFIG }).map((p) => p.ruleId);
  it('an attachment title set on two lines (as the main title may be) matches its entry in the list', () => {
    assert.deepEqual(ids(page('青山市2024年防汛\n重点部位清单')), []);
  });
  it('a second line that does not complete the listed name is still a mismatch', () => {
    assert.deepEqual(ids(page('青山市2024年防汛\n重点部位名单')), ['attachment-title-match']);
    assert.deepEqual(ids(page('青山市2024年防汛')), ['attachment-title-match']);
  });
});

describe('review 14: 版记 and 署名 layout', () => {
  const notice = (cc: string, signature: string): string =>
    '青山市人民政府办公室　青山市水利局关于做好防汛工作的通知\n\n各区县人民政府：\n\n现就有关事项通知如下。\n\n' +
    `${signature}\n\n2024年4月15日\n\n${cc}\n青山市人民政府办公室　　　　2024年4月15日印发\n`;
  const cc = '抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级法院，\n　　　市检察院，\n　　　青山军分区。';
  it('a 抄送 list wrapped and aligned under the colon is not a broken line', () => {
    assert.deepEqual(found(notice(cc, '青山市人民政府办公室'), 'no-broken-line'), []);
  });
  it('a joint signature with the names spaced apart is not a stray space', () => {
    const text = notice(cc, '青山市人民政府办公室　　　　青山市水利局');
    assert.deepEqual(found(text, 'no-space-between-han'), []);
    assert.equal(fixAll(text, { config: EMPTY_CONFIG }).output, text);
  });
  it('a sentence broken in the body and a wide gap in prose are still reported', () => {
    const body = '各单位：\n近年来，我们持续加强农村道路、供水和电网等基础\n设施建设。\n\n青山市人民政府办公室　　　　要求各单位落实。\n';
    assert.equal(found(notice(cc, '青山市人民政府办公室').replace('现就有关事项通知如下。', body), 'no-broken-line').length, 1);
    assert.equal(found(body, 'no-space-between-han').length, 1);
  });
});
