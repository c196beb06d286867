import { genreLegal } from '../../../server/src/core/rules/genre-legal';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const report = (t: string) =>
  gongwen({ head: '江州市应急管理局文件\n\n江应急〔2024〕9号', title: t, recipients: '市人民政府：', signature: '江州市应急管理局' });

runRuleTests(genreLegal, {
  valid: [
    { name: '通知', text: gongwen() },
    { name: '报告', text: report('关于2024年上半年安全生产工作情况的报告') },
    { name: '会议纪要', text: report('关于研究城区老旧小区改造有关问题的会议纪要') },
    { name: 'work summary (not a 公文)', text: workSummary('') },
    {
      name: 'speech (not a 公文)',
      text: '在全市安全生产工作会议上的讲话\n\n同志们：\n\n　　今天召开全市安全生产工作会议，主要任务是部署2024年工作。\n',
    },
  ],
  invalid: [
    {
      name: '汇报 with a 版头',
      text: report('关于2024年上半年安全生产工作的汇报'),
      errors: [{ messageId: 'notLegal', text: '汇报', severity: 'info' }],
    },
  ],
});
