import { noStrayPageNumber } from '../../../server/src/core/rules/no-stray-page-number';
import { runRuleTests } from '../../helpers/ruleTester';

const pad = '各单位要认真贯彻落实会议精神，切实加强组织领导，确保各项工作任务按期完成。'.repeat(6);

runRuleTests(noStrayPageNumber, {
  valid: [
    { name: 'single candidate is never enough', text: `去年520就职以来，${pad}` },
    { name: 'quantities', text: `共3项任务，${pad}组织4个小组，${pad}第5届会议，${pad}增长6倍` },
    { name: 'names with numbers', text: `2025台湾${pad}1203西宁舰${pad}921地震` },
    // Close together and splitting no word: not page numbers (管1理技2术 is, see below).
    { name: 'rising candidates too close together', text: '会议听取报告1审议2决定3事项' },
    { name: 'one strong candidate alone', text: '网格化管2理工作会议' },
    { name: 'strong candidates not rising by one', text: '网格化管2理工作会议，提升信5息化水平。' },
    { name: 'decimal and dates', text: `3.5亿元${pad}2024年7月1日${pad}9:30开会` },
    { name: 'heading markers', text: `（1）加强领导${pad}\n（2）完善制度${pad}\n（3）强化保障` },
  ],
  invalid: [
    {
      name: 'issue 11: chain from 2, two numbers on one line (digits splitting words)',
      text: '网格化管2理工作会议，强化管3理，提升信4息化水平。',
      output: '网格化管理工作会议，强化管理，提升信息化水平。',
      errors: [
        { messageId: 'pageNumber', text: '2' },
        { messageId: 'pageNumber', text: '3' },
        { messageId: 'pageNumber', text: '4' },
      ],
    },
    {
      name: 'two strong candidates suffice',
      text: '各街道要建立健全网格化管5理工作机制，明确责任分工，提升信6息化水平。',
      output: '各街道要建立健全网格化管理工作机制，明确责任分工，提升信息化水平。',
      errors: [
        { messageId: 'pageNumber', text: '5' },
        { messageId: 'pageNumber', text: '6' },
      ],
    },
    {
      text: `由市科技局牵头,1组织召开了会议，${pad}网格化管2理工作会议，${pad}价值10万余元的3图书3000余册，${pad}电机技10术有限公司`,
      output: `由市科技局牵头,组织召开了会议，${pad}网格化管理工作会议，${pad}价值10万余元的图书3000余册，${pad}电机技术有限公司`,
      errors: [
        { messageId: 'pageNumber', text: '1' },
        { messageId: 'pageNumber', text: '2' },
        { messageId: 'pageNumber', text: '3' },
        { messageId: 'pageNumber', text: '10' },
      ],
    },
  ],
});
