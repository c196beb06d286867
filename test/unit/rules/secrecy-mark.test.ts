import { secrecyMark } from '../../../server/src/core/rules/secrecy-mark';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const head = (lines: string) => gongwen({ head: `${lines}\n\n江州市人民政府文件\n\n江政发〔2024〕12号` });

runRuleTests(secrecyMark, {
  valid: [
    { name: '秘密★1年 with 份号 and 特急', text: head('000128\n秘密★1年\n特急') },
    { name: 'level without a period', text: head('000128\n机密') },
    { name: '绝密★长期', text: head('绝密★长期') },
    { name: '6个月', text: head('秘密★6个月') },
    {
      name: '国家秘密 in the body',
      text: gongwen({ body: '　　涉及国家秘密的，按照《中华人民共和国保守国家秘密法》办理。\n秘密文件一律不得上网。' }),
    },
    { name: 'not a 公文', text: workSummary('秘密*1年') },
  ],
  invalid: [
    {
      name: 'asterisk and a Chinese numeral',
      text: head('000316\n机密*二年\n特急'),
      output: head('000316\n机密★2年\n特急'),
      errors: [
        { messageId: 'star', text: '机密*', fixKind: 'safe' },
        { messageId: 'numeral', text: '二' },
      ],
    },
    { name: 'white star', text: head('秘密☆1年'), output: head('秘密★1年'), errors: [{ messageId: 'star', text: '秘密☆' }] },
    { name: 'full-width asterisk', text: head('秘密＊10年'), output: head('秘密★10年'), errors: [{ messageId: 'star' }] },
    {
      name: 'space instead of the star',
      text: head('机密　5年'),
      output: head('机密★5年'),
      errors: [{ messageId: 'star', text: '机密　' }],
    },
    { name: 'no star at all', text: head('秘密1年'), output: head('秘密★1年'), errors: [{ messageId: 'missingStar', text: '秘密1' }] },
    { name: 'Chinese numeral only', text: head('秘密★十年'), output: head('秘密★10年'), errors: [{ messageId: 'numeral', text: '十' }] },
  ],
});
