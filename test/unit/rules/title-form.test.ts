import { titleForm } from '../../../server/src/core/rules/title-form';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const title = (t: string) => gongwen({ title: t });

runRuleTests(titleForm, {
  valid: [
    { name: 'two-line title', text: gongwen() },
    { name: '转发 with 《》', text: title('江州市人民政府办公室关于转发市商务局\n《江州市促进夜间经济发展若干措施》的通知') },
    { name: 'quoted short name', text: title('关于开展“三下乡”活动的通知') },
    { name: '（试行） and 、', text: title('关于印发《江州市政府投资项目管理办法（试行）》的通知') },
    { name: '、 between organs', text: title('中共江州市委办公室、江州市人民政府办公室关于做好元旦春节期间有关工作的通知') },
    { name: '征求…意见的函', text: title('关于征求《江州市市级财政专项资金管理办法（征求意见稿）》意见的函') },
    { name: '申请 in a 请示', text: title('关于申请市级重大项目前期工作经费的请示') },
    { name: '情况报告', text: title('关于2024年上半年安全生产工作情况的报告') },
    { name: '关于对口支援 (对口 is a word)', text: title('关于做好2024年对口支援工作的通知') },
    { name: '关于对外开放', text: title('江州市人民政府\n关于对外开放重点项目建设的意见') },
    { name: 'not a 公文', text: workSummary('') },
  ],
  invalid: [
    {
      name: 'full stop at the end',
      text: title('关于做好2024年秋季学期开学工作的通知。'),
      output: title('关于做好2024年秋季学期开学工作的通知'),
      errors: [{ messageId: 'endMark', text: '。', fixKind: 'suggestion' }],
    },
    {
      name: '关于对',
      text: title('关于对江州市城北污水处理厂扩建工程初步设计的批复'),
      output: title('关于江州市城北污水处理厂扩建工程初步设计的批复'),
      errors: [{ messageId: 'guanyuDui', text: '对' }],
    },
    {
      name: '关于请求…的请示',
      text: title('关于请求增加基层医疗卫生机构编制的请示'),
      output: title('关于增加基层医疗卫生机构编制的请示'),
      errors: [{ messageId: 'genreRepeat', text: '请求' }],
    },
    {
      name: '关于上报…的报告',
      text: title('关于上报2024年农村公路建设计划执行情况的报告'),
      output: title('关于2024年农村公路建设计划执行情况的报告'),
      errors: [{ messageId: 'genreRepeat', text: '上报' }],
    },
    {
      name: '请示报告',
      text: title('关于江州港二期工程建设有关问题的请示报告'),
      errors: [{ messageId: 'doubleGenre', text: '请示报告' }],
    },
  ],
});
