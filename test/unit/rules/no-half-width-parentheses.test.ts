import { noHalfWidthParentheses } from '../../../server/src/core/rules/no-half-width-parentheses';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noHalfWidthParentheses, {
  valid: [
    { name: 'the area code of a phone number', text: '電話：(02)2720-8889，傳真：(02)2720-5678。联系电话：(0571) 8765 4321' },
    { name: 'function call', text: '函数f(x)的值' },
    { name: 'English-only brackets', text: 'ISO 8601 (2004) is cited.' },
    { name: 'max(a,b)', text: '取max(a,b)作为上限' },
    { name: 'heading marker (一)', text: '(一)加强组织领导' },
    { name: 'heading marker 1)', text: '1)加强领导' },
    { name: 'URL with brackets', text: '见https://zh.wikipedia.org/wiki/A_(B)页面' },
    { name: 'full-width already', text: '国内生产总值（GDP）' },
    { name: 'code span', text: '调用`f(中国)`即可', language: 'markdown' },
  ],
  invalid: [
    {
      name: 'traditional text: a note with a suggestion, not a format change',
      text: '賴清德總統今(8)日接見美國戰略暨國際研究中心(CSIS)訪問團，雙方就區域安全與經濟合作交換意見，並對臺美關係發展表示肯定。',
      output: '賴清德總統今（8）日接見美國戰略暨國際研究中心（CSIS）訪問團，雙方就區域安全與經濟合作交換意見，並對臺美關係發展表示肯定。',
      errors: [
        { messageId: 'halfWidth', fixKind: 'suggestion' },
        { messageId: 'halfWidth', fixKind: 'suggestion' },
        { messageId: 'halfWidth', fixKind: 'suggestion' },
        { messageId: 'halfWidth', fixKind: 'suggestion' },
      ],
    },
    {
      name: 'a number in brackets that is no area code',
      text: '共计(12)项',
      output: '共计（12）项',
      errors: [{ messageId: 'halfWidth' }, { messageId: 'halfWidth' }],
    },
    {
      text: '国内生产总值(GDP)增长5%',
      output: '国内生产总值（GDP）增长5%',
      errors: [
        { messageId: 'halfWidth', text: '(', start: 6 },
        { messageId: 'halfWidth', text: ')', start: 10 },
      ],
    },
    {
      text: '乡(镇)政府',
      output: '乡（镇）政府',
      errors: [
        { messageId: 'halfWidth', text: '(' },
        { messageId: 'halfWidth', text: ')' },
      ],
    },
    { text: '論聯合政府 (1945年)', output: '論聯合政府 （1945年）', errors: [{ messageId: 'halfWidth' }, { messageId: 'halfWidth' }] },
    { text: '说明)如下', output: '说明）如下', errors: [{ messageId: 'halfWidth', text: ')' }] },
  ],
});
