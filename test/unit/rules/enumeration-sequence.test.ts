import { runRuleTests } from '../../helpers/ruleTester';
import { enumerationSequence } from '../../../server/src/core/rules/enumeration-sequence';

runRuleTests(enumerationSequence, {
  valid: [
    '一是加强领导；二是完善制度；三是强化监督。',
    '第一，提高认识；第二，加强领导；第三，狠抓落实。',
    '首先，统一思想；其次，明确任务；再次，强化保障；最后，严格考核。',
    '其一，甲；其二，乙。',
    { name: 'not ordinals', text: '第一季度、第一次会议、第一书记。安全第一，预防为主。统一是前提。唯一是他。' },
    { name: '第一、二季度', text: '第一、二季度增长较快，第三季度放缓。' },
    { name: 'a new series written otherwise', text: '第一，甲；第二，乙；第三，丙；第四，丁。第一个方面是戊；第二，己。' },
    { name: 'a heading ends a series', text: '一是甲；二是乙。\n二、主要任务\n三是丙。' },
    { name: 'series far apart are independent', text: '一是甲。\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n三是乙。' },
  ],
  invalid: [
    {
      name: 'sample 002: 一是, 二是, 四是',
      text: '一是积极组织申报；二是开展入企服务；四是在元鱼村大力宣传。',
      output: '一是积极组织申报；二是开展入企服务；三是在元鱼村大力宣传。',
      errors: [{ messageId: 'gap', text: '四是', start: 18, end: 20 }],
    },
    { text: '一是甲；二是乙；二是丙。', output: '一是甲；二是乙；三是丙。', errors: [{ messageId: 'duplicate', text: '二是' }] },
    { text: '第一，甲。\n\n第三，乙。', output: '第一，甲。\n\n第二，乙。', errors: [{ messageId: 'gap', text: '第三' }] },
    { text: '首先，甲；再次，乙。', output: '首先，甲；其次，乙。', errors: [{ messageId: 'gap', text: '再次' }] },
    { name: '第二、一定要 is an ordinal', text: '第一、借外债要有控制；\n第三、利用外资要讲求效益。', output: '第一、借外债要有控制；\n第二、利用外资要讲求效益。', errors: [{ messageId: 'gap', text: '第三' }] },
  ],
});
