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
    {
      name: '其次 is the second item of any series (issue 11)',
      text: '关于做好年度考核工作的通知\n\n第一，要提高思想认识；其次，要严格考核标准；第三，要强化结果运用。',
    },
    { name: '首先…其次…再次…最后', text: '首先，统一思想认识；其次，细化工作方案；再次，压实各方责任；最后，加强督促检查。' },
    { name: '一是…其次…三是', text: '一是健全制度；其次，要配齐人员；三是保障经费。' },
    { name: '第一…第二…最后', text: '第一，摸清底数；第二，制定方案；最后，抓好落实。' },
    { name: 'an explicit item after 其次 may repeat its place', text: '一是加强学习；其次，二是强化督导。' },
    {
      name: 'a nested 首先…其次…第三 inside an outer 第三 (issue 11)',
      text: '第一，完善基础设施；第二，推动技术研发；第三，实现三个目标：首先，培育平台企业；其次，帮助中小企业转型；第三，建设智慧生活圈。',
    },
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
    {
      name: 'a gap after 其次 is still a gap',
      text: '第一，要提高认识；其次，要明确责任；第四，要加强督查。',
      output: '第一，要提高认识；其次，要明确责任；第三，要加强督查。',
      errors: [{ messageId: 'gap', text: '第四' }],
    },
    {
      name: '第二、一定要 is an ordinal',
      text: '第一、借外债要有控制；\n第三、利用外资要讲求效益。',
      output: '第一、借外债要有控制；\n第二、利用外资要讲求效益。',
      errors: [{ messageId: 'gap', text: '第三' }],
    },
  ],
});
