import { noStrayPageNumber } from '../../../server/src/core/rules/no-stray-page-number';
import { runRuleTests } from '../../helpers/ruleTester';

const pad = '各单位要认真贯彻落实会议精神，切实加强组织领导，确保各项工作任务按期完成。'.repeat(6);

runRuleTests(noStrayPageNumber, {
  valid: [
    { name: 'single candidate is never enough', text: `去年520就职以来，${pad}` },
    { name: 'quantities', text: `共3项任务，${pad}组织4个小组，${pad}第5届会议，${pad}增长6倍` },
    { name: 'names with numbers', text: `2025台湾${pad}1203西宁舰${pad}921地震` },
    { name: 'rising candidates too close together', text: '管1理技2术组3织' },
    { name: 'decimal and dates', text: `3.5亿元${pad}2024年7月1日${pad}9:30开会` },
    { name: 'heading markers', text: `（1）加强领导${pad}\n（2）完善制度${pad}\n（3）强化保障` },
  ],
  invalid: [
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
