// Issue 11 (items 1–4): format on save never changes correct text. Whole letters written the way careful editors
// write them — a Taiwan 函 in 繁體 and a mainland 函 with its 版记 — must come out of fixAll unchanged under the
// script-area rules, and the likely names, Latin quotations and layout spaces in them get no safe fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, fixAll } from '../../server/src/core/index';

const RULES = ['no-mixed-script', 'consistent-variant-form', 'standard-interpunct', 'no-half-width-punctuation', 'no-space-between-han'];

const TAIWAN_LETTER = [
  '臺北市政府教育局　函',
  '',
  '受文者：本市各公私立高級中等學校',
  '',
  '主旨：為辦理本市「智慧校園 安心學習」推廣計畫，請各校踴躍報名參加，請查照。',
  '',
  '說明：',
  '一、本計畫邀請臺灣資訊協會理事長彭双福、作家楊双玉及經濟學者保羅.克魯曼蒞臨演講，並由學生朗讀「Let the show begin!」揭開序幕。',
  '二、本計畫已於本年1月正式啟動，並由環境部長彭啓明致詞，相關資訊請至本局網站裡的專區查詢。',
  '三、本次活動承蒙　總統親臨致詞，謹此致謝。',
  '',
  '正本：本市各公私立高級中等學校',
  '副本：本局中等教育科',
  '',
  '局長　王大明',
  '',
].join('\n');

const MAINLAND_LETTER = [
  '某某市教育局办公室　函',
  '',
  '各区（县）教育局：',
  '',
  '　　为做好2026年春季学期开学工作，现将有关事项通知如下。',
  '　　一、开学典礼定于3月2日举行，出席人员名单如下：',
  '王大明　李　强　张小红　赵　明',
  '　　二、联系人：王　明，联系电话：010-12345678。',
  '',
  '局长　刘建国',
  '',
  '抄送：市委办公室　市人大常委会办公室　市政协办公室',
  '某某市教育局办公室　　　　　　2026年2月20日印发',
  '',
].join('\n');

describe('script-area rules on correct letters (issue 11)', () => {
  for (const [name, text] of [
    ['Taiwan 函 in 繁體', TAIWAN_LETTER],
    ['mainland 函 with 版记', MAINLAND_LETTER],
  ] as const) {
    it(`${name}: format changes nothing`, () => {
      assert.equal(fixAll(text, { onlyRules: RULES }).output, text);
    });
  }

  it('Taiwan 函: the only findings are notes and suggestions on names and the transliterated name', () => {
    const ps = check(TAIWAN_LETTER, { onlyRules: RULES });
    const seen = ps.map((p) => `${p.ruleId} ${TAIWAN_LETTER.slice(p.start, p.end)} ${p.severity} ${p.fix?.kind ?? 'none'}`);
    assert.deepEqual(seen, [
      'no-mixed-script 双 info suggestion',
      'no-mixed-script 双 info suggestion',
      'standard-interpunct . warning suggestion',
    ]);
  });

  it('mainland 函: no findings at all', () => {
    assert.deepEqual(check(MAINLAND_LETTER, { onlyRules: RULES }), []);
  });
});
