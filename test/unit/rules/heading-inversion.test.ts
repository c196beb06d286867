import { runRuleTests } from '../../helpers/ruleTester';
import { headingInversion } from '../../../server/src/core/rules/heading-inversion';

runRuleTests(headingInversion, {
  valid: [
    '一、甲\n（一）子\n1.孙\n（1）曾孙\n二、乙',
    { name: 'a stray lower marker does not capture later headings', text: '一、甲\n1.子\n（一）丙\n（二）丁\n二、乙' },
    {
      name: 'long enumerated items under （一）',
      text: '（一）关于基本建设问题\n一、我国人民已经推翻了帝国主义者在中国的统治，这样就提供了我国建设的一个重要积累来源。\n二、我国人民推翻了封建主义，农民用劳动的所得改善了自己的生活。\n（二）关于工业问题',
    },
  ],
  invalid: [
    {
      text: '1.总体要求\n（一）目标\n（二）原则\n2.主要任务',
      errors: [{ messageId: 'inverted', text: '（一）', start: 7, end: 10, severity: 'error' }],
    },
    {
      name: '（一）（二） parts with 一、 sections under them',
      text: '（一）当前形势\n正文。\n（二）今后方针\n一、加快农业发展\n二、调整工业结构\n（三）发展前景',
      errors: [{ messageId: 'inverted', text: '一、' }],
    },
  ],
});
