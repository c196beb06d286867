import { runRuleTests } from '../../helpers/ruleTester';
import { headingMarkerForm } from '../../../server/src/core/rules/heading-marker-form';

runRuleTests(headingMarkerForm, {
  valid: [
    '一、总体要求\n（一）加强领导\n1.压实责任\n（1）明确分工\n①具体事项',
    { name: '1．used consistently is accepted', text: '1．甲\n2．乙' },
    '荣获一、二、三等奖。',
    '第一、二季度经济平稳。',
    '1.5亿元用于建设，2024.7.1起施行。',
    '时间：9:30，文号：国办发〔2024〕5号。',
    '2021—2025年规划。',
    '第一条 为了规范管理，制定本办法。',
    { name: 'a bare section numeral', text: '一\n\n正文。' },
    { name: 'table row', text: '| 1、 | 甲 |', language: 'markdown' },
    { name: 'split headings are heading-split-line’s', text: '(\n三）改革开放' },
    {
      name: 'detected Taiwan text keeps 1、 (issue 11)',
      text: '總統府新聞稿\n\n總統表示，為回應民眾關切，政府有五點作法：\n\n1、臺灣已經組成談判小組。\n\n2、擴大對美採購，這裡也包括能源。',
    },
    {
      name: 'detected Taiwan text keeps 1. too',
      text: '總統府新聞稿\n\n總統表示，為回應民眾關切，政府有兩點作法：\n\n1.臺灣已經組成談判小組。\n\n2.擴大對美採購，這裡也包括能源。',
    },
    { name: 'Taiwan convention 1、 with script tw', text: '一、總體要求\n1、成立小組', shared: { script: 'tw' } },
  ],
  invalid: [
    { text: '二.加强领导', output: '二、加强领导', errors: [{ messageId: 'form', text: '二.', start: 0, end: 2 }] },
    { text: '一．总体要求', output: '一、总体要求', errors: [{ messageId: 'form', text: '一．' }] },
    { text: '一，总体要求', output: '一、总体要求', errors: [{ messageId: 'form', text: '一，' }] },
    { text: '(三)完善机制', output: '（三）完善机制', errors: [{ messageId: 'form', text: '(三)' }] },
    { text: '（一）、总体要求', output: '（一）总体要求', errors: [{ messageId: 'form', text: '（一）、' }] },
    { text: '(一加强领导', output: '（一）加强领导', errors: [{ messageId: 'form', text: '(一' }] },
    { text: '㈡加强领导', output: '（二）加强领导', errors: [{ messageId: 'form', text: '㈡' }] },
    { text: '　　2、压实责任', output: '　　2.压实责任', errors: [{ messageId: 'form', text: '2、', start: 2, end: 4 }] },
    {
      name: 'Taiwan convention: 1. → 1、',
      text: '1.成立小組',
      shared: { script: 'tw' },
      output: '1、成立小組',
      errors: [{ messageId: 'form', text: '1.' }],
    },
    { text: '1）压实责任', output: '1.压实责任', errors: [{ messageId: 'form', text: '1）' }] },
    { text: '１．压实责任', output: '1.压实责任', errors: [{ messageId: 'form', text: '１．' }] },
    { text: '⑴明确分工', output: '（1）明确分工', errors: [{ messageId: 'form', text: '⑴' }] },
    { text: '(1)明确分工', output: '（1）明确分工', errors: [{ messageId: 'form', text: '(1)' }] },
    { text: '（１）明确分工', output: '（1）明确分工', errors: [{ messageId: 'form', text: '（１）' }] },
    { text: '①、具体事项', output: '①具体事项', errors: [{ messageId: 'form', text: '①、' }] },
    { name: 'l3Dot "." rejects 1．', text: '1．甲', options: { l3Dot: '.' }, output: '1.甲', errors: [{ messageId: 'form', text: '1．' }] },
    { name: 'l3Dot "．" prefers it', text: '1.甲', options: { l3Dot: '．' }, output: '1．甲', errors: [{ messageId: 'form', text: '1.' }] },
    {
      name: 'sample 000: (一)…',
      text: '一、明确任务目标\n\n(一)动员部署到位。4月29日下午召开会议。\n\n(二)组织领导到位。',
      output: '一、明确任务目标\n\n（一）动员部署到位。4月29日下午召开会议。\n\n（二）组织领导到位。',
      errors: [
        { messageId: 'form', text: '(一)' },
        { messageId: 'form', text: '(二)' },
      ],
    },
  ],
});
