import { noSpaceBetweenHan } from '../../../server/src/core/rules/no-space-between-han';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noSpaceBetweenHan, {
  valid: [
    { name: 'indentation', text: '　　各单位要高度重视。' },
    { name: '法规体 第一条', text: '第一条 为了规范公文处理工作，制定本条例。' },
    { name: '法规体 第一章', text: '第一章　总则' },
    { name: 'letter-spaced label', text: '通　知' },
    { name: 'signer line', text: '签发人：赵××　李××' },
    { name: 'signature with spaced name', text: '總統 賴　清　德' },
    { name: 'Taiwan headline with U+3000 separator', text: '總統出席國慶晚會　盼發揚臺灣精神　團結守護臺灣\n總統出席「國慶晚會」' },
    { name: 'mainland report title', text: '坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗' },
    { name: 'headline quoted in a sentence', text: '總統以「以民主厚植國力 迎向世界新局」為題發表談話。' },
    { name: 'Han and Latin', text: '使用 GDP 指标' },
  ],
  invalid: [
    { text: '加强 领导', output: '加强领导', errors: [{ messageId: 'unexpectedSpace', text: ' ', start: 2, end: 3 }] },
    { text: '落实　　工作，很好。', output: '落实工作，很好。', errors: [{ messageId: 'unexpectedSpace', text: '　　' }] },
    { text: '我们曾经急于求成，盲 目求纯。', output: '我们曾经急于求成，盲目求纯。', errors: [{ messageId: 'unexpectedSpace' }] },
    { name: 'headline with a double separator', text: '副總統勗勉台電同仁 　期許提升電網韌性', output: '副總統勗勉台電同仁期許提升電網韌性', errors: [{ messageId: 'unexpectedSpace', text: ' 　' }] },
    { name: 'short headline clause', text: '加强 党的领导', output: '加强党的领导', errors: [{ messageId: 'unexpectedSpace' }] },
  ],
});
