import { reportNoRequest } from '../../../server/src/core/rules/report-no-request';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const report = (body: string, title = '关于2024年农村公路建设计划执行情况的报告') =>
  gongwen({
    head: '江州市交通运输局文件\n\n江交〔2024〕17号　　　　　　　　签发人：孙立',
    title,
    recipients: '市人民政府：',
    body: `　　根据市政府工作部署，现将2024年农村公路建设计划执行情况报告如下。\n${body}`,
    signature: '江州市交通运输局',
    date: '2024年10月9日',
  });

runRuleTests(reportNoRequest, {
  valid: [
    { name: '特此报告', text: report('　　截至9月底，全市完成农村公路新改建420公里。\n　　特此报告。') },
    { name: '请示 may ask', text: report('　　妥否，请批示。', '关于拨付农村公路建设配套资金的请示') },
    { name: 'quoting a superior', text: report('　　市长在来文上批示：“同意，请市财政局审批后拨付。”我局已抓紧落实。') },
    { name: 'narrative 报请…批准', text: report('　　该项目已报请省交通运输厅批准，按程序提请审批的事项均已办结。') },
    { name: '请批转 in a 呈转性报告', text: report('　　以上报告如无不妥，请批转各县（市、区）人民政府执行。') },
    { name: 'not a 公文', text: workSummary('　　妥否，请批示。') },
  ],
  invalid: [
    {
      name: '妥否，请批示',
      text: report('　　建议市财政提前拨付第四季度配套资金。\n　　妥否，请批示。'),
      errors: [{ messageId: 'request', text: '妥否，请批示' }],
    },
    { name: '恳请批准', text: report('　　为此，恳请批准追加配套资金3000万元。'), errors: [{ messageId: 'request', text: '请批准' }] },
    { name: '请予审批', text: report('　　以上意见，请予审批。'), errors: [{ messageId: 'request', text: '请予审批' }] },
    {
      name: '情况报告 asking for 批复',
      text: report('　　当否，请批复。', '关于城北污水处理厂建设进展情况的报告'),
      errors: [{ messageId: 'request', text: '请批复' }],
    },
  ],
});
