// Issue 11: format on save never changes correct text. Whole documents written for this test (通知, 请示,
// 工作总结, a Taiwan 函 in 繁體): every rule's safe fixes must leave them as they are, and the structure rules
// must not report their numbered sentences, 附件 lists, 版记 or 目录 as headings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, check, fixAll, type Problem } from '../../server/src/core/index';

/** Every structure rule, from the registry (so a new one is covered without editing this list). */
const STRUCTURE = allRules.filter((r) => r.meta.category === 'structure').map((r) => r.meta.id);

const show = (text: string, ps: readonly Problem[]) => ps.map((p) => `${p.ruleId}:${text.slice(p.start, p.end)}`);

const NOTICE = [
  '某某市人民政府办公室关于做好2024年安全生产工作的通知',
  '',
  '各区人民政府，市政府各部门：',
  '',
  '为切实做好今年的安全生产工作，经市政府同意，现就有关事项通知如下。',
  '',
  '一、各单位要高度重视，认真组织实施。',
  '',
  '二、力争用3～5年时间，全市安全生产事故总量下降两成以上。',
  '',
  '三、各区应当于6月底前将工作总结报送市应急管理局。',
  '',
  '附件：1.安全生产检查表',
  '      2.隐患排查整改台账',
  '      3.联系人名单',
  '',
  '某某市人民政府办公室',
  '2024年3月1日',
  '',
  '抄送：市委办公室，市人大常委会办公室，市政协办公室。',
  '某某市人民政府办公室　　　　　　2024年3月1日印发',
  '',
].join('\n');

const REQUEST = [
  '某某县教育局关于拨付校舍维修资金的请示',
  '',
  '县人民政府：',
  '',
  '今年汛期，我县部分学校校舍受损，急需维修。现将有关情况请示如下：',
  '',
  '一、受损情况',
  '',
  '全县共有12所学校校舍受损，其中3所情况严重。',
  '',
  '二、资金需求',
  '',
  '经测算，维修共需资金280万元。',
  '',
  '三、有关请求',
  '',
  '第一，请县财政安排专项资金；其次，请县住建局派员指导；第三，请县应急管理局协助排查。',
  '',
  '妥否，请批示。',
  '',
  '附件：校舍受损情况统计表',
  '',
  '某某县教育局',
  '2024年7月15日',
  '',
].join('\n');

const SUMMARY = [
  '某某区商务局2024年工作总结',
  '',
  '目　录',
  '',
  '一、工作开展情况……1',
  '二、存在的不足……3',
  '三、下一步工作打算……4',
  '',
  '一、工作开展情况',
  '',
  '一年来，我局围绕全区中心工作，重点抓了以下几项工作。',
  '',
  '（一）稳外贸。全年进出口总额增长8.5%。',
  '',
  '（二）扩内需。首先，举办消费季活动；其次，发放消费券；再次，培育夜间经济；最后，加强市场监管。',
  '',
  '二、存在的不足',
  '',
  '一是发展不平衡；二是服务不到位。',
  '',
  '三、下一步工作打算',
  '',
  '我们将继续努力，推动各项工作再上新台阶。',
  '',
].join('\n');

const TW_LETTER = [
  '教育部函',
  '',
  '受文者：各直轄市政府教育局',
  '',
  '主旨：檢送本部修正之「校園安全作業要點」1份，請查照轉知。',
  '',
  '說明：',
  '',
  '一、依據行政院113年3月5日院臺教字第1130000000號函辦理。',
  '',
  '二、為因應校園安全需求，本部爰修正旨揭要點，修正重點如附件。',
  '',
  '三、請轉知所屬學校，並確實辦理。',
  '',
  '正本：各直轄市政府教育局',
  '副本：本部秘書處',
  '',
].join('\n');

describe('structure rules on correct documents (issue 11)', () => {
  for (const [name, text] of [
    ['通知 with numbered sentences, 附件 list and 版记', NOTICE],
    ['请示 with 第一…其次…第三', REQUEST],
    ['工作总结 with 目录 and 首先…其次…再次…最后', SUMMARY],
    ['Taiwan 函 with a 說明 list', TW_LETTER],
  ] as const) {
    it(`${name}: no structure finding`, () => {
      assert.deepEqual(show(text, check(text, { onlyRules: STRUCTURE })), []);
    });
    it(`${name}: format (all rules, safe fixes) changes nothing`, () => {
      assert.equal(fixAll(text).output, text);
    });
  }

  it('a list restarting under 一、 gets a suggestion for the next level, never a safe fix', () => {
    const text = SUMMARY.replace('（一）稳外贸。', '一、稳外贸。').replace('（二）扩内需。', '二、扩内需。');
    const ps = check(text, { onlyRules: STRUCTURE });
    assert.deepEqual(show(text, ps), ['heading-level-restart:一、']);
    assert.equal(ps[0].fix?.kind, 'suggestion');
    assert.deepEqual(
      ps[0].fix?.edits.map((e) => e.newText),
      ['（一）', '（二）'],
    );
    assert.equal(fixAll(text).output, text);
  });
});
