import { noDuplicateSentence } from '../../../server/src/core/rules/no-duplicate-sentence';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { check } from '../../../server/src/core/engine';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noDuplicateSentence, {
  valid: [
    // Short sentences (< 10 Han) may repeat: 同志们！ 谢谢大家。
    '同志们！\n\n谢谢大家。\n\n同志们！\n\n谢谢大家。',
    // Similar but different sentences.
    '一是加强组织领导，明确工作责任。\n二是加强宣传引导，营造良好氛围。',
    // Parallel clauses inside one sentence are not sentences of their own.
    '要坚持稳中求进工作总基调，要坚持稳中求进工作总基调的要求不变。',
    {
      name: 'astral Han (Extension B) is compared by code point: two names differing only in it are not duplicates',
      text: '授予𠮷祥同志县级劳动模范荣誉称号的决定。\n授予𡈽祥同志县级劳动模范荣誉称号的决定。',
      options: { nearDuplicates: false },
    },
    {
      name: 'near-duplicates can be turned off',
      text: '今年要全面推进乡村振兴战略，加快农业农村现代化建设。\n今年要全面推进乡村振兴战略，加快农业农村现代化进程。',
      options: { nearDuplicates: false },
    },
  ],
  invalid: [
    {
      name: 'astral Han counts as one Han character and a sentence may start with one (surrogate pair kept whole)',
      text: '𠮷𠮷𠮷𠮷同志表现优秀。\n𠮷𠮷𠮷𠮷同志表现优秀。',
      errors: [{ messageId: 'duplicateParagraph', text: '𠮷𠮷𠮷𠮷同志表现优秀。', start: 16, end: 31, severity: 'warning' }],
    },
    {
      name: 'title repeated under itself (samples 001/002)',
      text: '县科技局上年工作总结\n\n时间:2022-11-05 08:31:50\n\n县科技局上年工作总结\n\n今年以来，我局不断创新工作思路。',
      errors: [{ messageId: 'duplicateParagraph', text: '县科技局上年工作总结', start: 36, end: 46, severity: 'warning' }],
    },
    {
      name: 'paragraph pasted twice, compared without spaces and punctuation',
      text: '加大简政放权、放管结合改革力度，今年再取消和下放一批行政审批事项。\n\n加大简政放权 放管结合改革力度。今年再取消和下放一批行政审批事项',
      errors: [{ messageId: 'duplicateParagraph', severity: 'warning' }],
    },
    {
      name: 'sentence repeated in the next paragraph: warning, with the count of the first line',
      text: '我们一定要紧紧把握有利时机，励精图治，埋头苦干。\n国际形势很好。我们一定要紧紧把握有利时机，励精图治，埋头苦干。',
      errors: [{ messageId: 'duplicateSentence', text: '我们一定要紧紧把握有利时机，励精图治，埋头苦干。', severity: 'warning' }],
    },
    {
      name: 'sentence repeated far away: info',
      text: '推进节能减排和生态环境保护工作。\n甲。\n乙。\n丙。\n丁。\n各地要推进节能减排和生态环境保护工作。推进节能减排和生态环境保护工作。',
      errors: [{ messageId: 'duplicateSentence', text: '推进节能减排和生态环境保护工作。', severity: 'info' }],
    },
    {
      name: 'a paragraph pasted again in part, then continued: one report for the run of repeated sentences',
      text:
        '今年以来，我局认真落实市委市政府各项决策部署。全面完成年初确定的各项目标任务。\n' +
        '今年以来，我局认真落实市委市政府各项决策部署。全面完成年初确定的各项目标任务。下一步将继续加强队伍建设，提升服务水平。',
      errors: [
        {
          messageId: 'duplicateSentences',
          text: '今年以来，我局认真落实市委市政府各项决策部署。全面完成年初确定的各项目标任务。',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'repeats separated by a new sentence are two reports',
      text:
        '今年以来，我局认真落实市委市政府各项决策部署。全面完成年初确定的各项目标任务。\n' +
        '今年以来，我局认真落实市委市政府各项决策部署。下一步将继续加强队伍建设，提升服务水平。全面完成年初确定的各项目标任务。',
      errors: [
        { messageId: 'duplicateSentence', text: '今年以来，我局认真落实市委市政府各项决策部署。' },
        { messageId: 'duplicateSentence', text: '全面完成年初确定的各项目标任务。' },
      ],
    },
    {
      name: 'near-duplicate sentence: info',
      text: '今年要全面推进乡村振兴战略，加快农业农村现代化建设步伐。\n今年要全面推进乡村振兴战略，加快农业农村现代化建设进程。',
      errors: [{ messageId: 'nearDuplicate', severity: 'info' }],
    },
  ],
});

// The near-duplicate bar: similarity = 1 − (edit distance / longer length), compared characters only (31 here).
const NEAR_A = '各地区各部门要认真贯彻落实党中央国务院决策部署，扎实推进各项工作。';
const nearOf = (text: string): string[] =>
  check(text, { onlyRules: ['no-duplicate-sentence'] })
    .filter((p) => p.messageId === 'nearDuplicate')
    .map((p) => p.message);

it('near-duplicates: 3 edits of 31 characters is 90% (at the 0.9 bar, reported), 4 edits is not; an insertion counts 1', () => {
  assert.deepEqual(nearOf(`${NEAR_A}\n各地区各部门要认真贯彻落实党中央国务院决策部署，切实推动各类工作。`), [
    '本句与第1行的句子几乎相同（相似度90%），请确认是否重复',
  ]);
  assert.deepEqual(nearOf(`${NEAR_A}\n各地区各部门要认真贯彻落实党中央国务院决策部署，切实推动各类工程。`), []);
  // Insertions only (the later sentence 34 characters, 91%) and deletions only (28, 90%): the edges of the band.
  assert.deepEqual(nearOf(`${NEAR_A}\n各地区各部门要认真贯彻落实党中央和国务院的决策部署，要扎实推进各项工作。`), [
    '本句与第1行的句子几乎相同（相似度91%），请确认是否重复',
  ]);
  assert.deepEqual(nearOf(`${NEAR_A}\n各地区要认真贯彻落实党中央国务院决策部署，扎实推进各项工作。`), [
    '本句与第1行的句子几乎相同（相似度90%），请确认是否重复',
  ]);
  // 26 and 27 characters, distance 2 (one insertion, one substitution): 93%.
  assert.deepEqual(
    nearOf('今年要全面推进乡村振兴战略，加快农业农村现代化建设步伐。\n今年要全面推进乡村振兴战略，加快农业农村现代化的建设进伐。'),
    ['本句与第1行的句子几乎相同（相似度93%），请确认是否重复'],
  );
});
