import { signerForm } from '../../../server/src/core/rules/signer-form';
import { gongwen, workSummary } from '../../helpers/gongwen';
import { runRuleTests } from '../../helpers/ruleTester';

const request = (docLine: string) =>
  gongwen({
    head: `江州市卫生健康委员会文件\n\n${docLine}`,
    title: '关于增加基层医疗卫生机构编制的请示',
    recipients: '市委编办：',
    body: '　　近年来，我市常住人口持续增长，基层医疗卫生服务需求明显增加。\n　　妥否，请批示。',
    signature: '江州市卫生健康委员会',
  });

runRuleTests(signerForm, {
  valid: [
    { name: 'one signer', text: request('江卫〔2024〕21号　　　　　　　　签发人：赵明') },
    { name: 'two signers a space apart', text: request('江卫〔2024〕21号　　　　　　　　签发人：赵明　李红') },
    { name: 'half-width colon is no-half-width-punctuation’s', text: request('江卫〔2024〕21号　　　　签发人:赵明') },
    { name: 'not a 公文', text: workSummary('签发人：赵明、李红') },
  ],
  invalid: [
    {
      name: '顿号 between signers',
      text: request('江卫〔2024〕21号　　　　　　　　签发人：赵明、李红'),
      output: request('江卫〔2024〕21号　　　　　　　　签发人：赵明　李红'),
      errors: [{ messageId: 'separator', text: '、', fixKind: 'safe' }],
    },
    {
      name: 'comma between three signers',
      text: request('江卫〔2024〕21号　　　　签发人：赵明，李红，王刚'),
      output: request('江卫〔2024〕21号　　　　签发人：赵明　李红　王刚'),
      errors: [
        { messageId: 'separator', text: '，' },
        { messageId: 'separator', text: '，' },
      ],
    },
    {
      name: 'no colon',
      text: request('江卫〔2024〕21号　　　　签发人　赵明'),
      output: request('江卫〔2024〕21号　　　　签发人：赵明'),
      errors: [{ messageId: 'missingColon', text: '签发人' }],
    },
  ],
});
