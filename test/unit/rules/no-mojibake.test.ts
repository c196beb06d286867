import { noMojibake } from '../../../server/src/core/rules/no-mojibake';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noMojibake, {
  valid: [
    { name: 'zhuyin run', text: '學習注音符號ㄅㄆㄇㄈ' },
    { name: 'zhuyin with tone mark', text: '注音為ㄓㄨˋ' },
    { name: 'box drawing table', text: '├── 目录\n│   └── 附件' },
    { name: 'box line used as a dash', text: '交通工具─腳踏車' },
    { name: 'pinyin with tone marks', text: '北京（Běijīng）' },
    { name: 'multiplication sign', text: '规格3×4米' },
    { name: 'French name', text: '法国总统马克龙（Emmanuel Macron）会见José' },
    { name: 'single 烫', text: '水很烫，注意安全' },
  ],
  invalid: [
    { text: '乱码锟斤拷锟斤拷出现', errors: [{ messageId: 'garbled', text: '锟斤拷锟斤拷' }] },
    { text: '内存烫烫烫烫', errors: [{ messageId: 'garbled', text: '烫烫烫烫' }] },
    { text: '替换字符\ufffd出现', errors: [{ messageId: 'garbled', text: '\ufffd' }] },
    { text: '。ㄎ澹﹨^(qū)科技局', errors: [{ messageId: 'oddScript', text: 'ㄎ澹﹨' }] },
    { text: '。ㄆ撸┱匍_(kāi)全區', errors: [{ messageId: 'oddScript', text: 'ㄆ撸┱' }] },
    { text: '。ò耍├^續(xù)完善', errors: [{ messageId: 'oddScript', text: 'ò耍├' }] },
    { text: '「韌性」ㄧ直是總統重視的議題', output: '「韌性」一直是總統重視的議題', errors: [{ messageId: 'bopomofoYi', text: 'ㄧ' }] },
  ],
});
