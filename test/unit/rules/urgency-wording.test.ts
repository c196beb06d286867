import { urgencyWording } from '../../../server/src/core/rules/urgency-wording';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const head = (lines: string) => gongwen({ head: `${lines}\n\n江州市防汛抗旱指挥部文件\n\n江汛〔2024〕3号` });

runRuleTests(urgencyWording, {
  valid: [
    { name: '特急', text: head('000316\n特急') },
    { name: '秘密★1年 and 加急', text: head('000316\n秘密★1年\n加急') },
    { name: '紧急 in the body', text: gongwen({ body: '　　各地要立即启动紧急预案，做好紧急转移准备。' }) },
    { name: '紧急 inside a title word', text: gongwen({ title: '关于印发江州市突发事件紧急医学救援预案的通知' }) },
    { name: 'not a 公文', text: workSummary('紧急') },
  ],
  invalid: [
    {
      name: '紧急 as the urgency',
      text: head('000316\n紧急'),
      errors: [{ messageId: 'word', text: '紧急' }],
    },
    { name: '急件', text: head('急件'), errors: [{ messageId: 'word', text: '急件' }] },
    {
      name: '紧急通知 in the title',
      text: gongwen({ title: '关于做好强降雨防范应对工作的紧急通知' }),
      errors: [{ messageId: 'title', text: '紧急' }],
    },
  ],
});
