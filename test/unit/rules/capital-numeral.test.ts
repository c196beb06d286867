import { capitalNumeral } from '../../../server/src/core/rules/capital-numeral';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(capitalNumeral, {
  valid: [
    { name: 'surnames and words', text: '伍先生和陆女士陆续到达大陆，收拾会场后拾金不昧的事迹受到表扬。' },
    { name: 'contract amount line', text: '合同金额：人民币壹拾万元整（￥100000.00）。' },
    { name: 'invoice capital line', text: '大写：伍仟叁佰元整' },
    { name: 'ordinary numerals', text: '全年奖励资金1000万元，共五千个项目。' },
    { name: 'single capital without unit or 元', text: '他姓柒，来自伍家岭。' },
    { name: 'money line split by a masked URL', text: '金额 https://example.com 壹仟元' },
  ],
  invalid: [
    {
      name: 'capital amount in a notice',
      text: '对举报属实的，给予举报人奖励壹仟元。',
      errors: [{ messageId: 'capital', text: '壹仟元' }],
    },
    { name: 'digit before 元', text: '每人补贴伍元。', errors: [{ messageId: 'capital', text: '伍元' }] },
    { name: 'unit run', text: '共计叁拾贰个单位参加。', errors: [{ messageId: 'capital', text: '叁拾贰' }] },
  ],
});
