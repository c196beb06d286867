import { noMisusedWord } from '../../../server/src/core/rules/no-misused-word';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { check } from '../../../server/src/core/index';
import { TYPOS } from '../../../server/src/core/data/words';
import { ROOT } from '../../helpers/paths';
import { runRuleTests } from '../../helpers/ruleTester';

runRuleTests(noMisusedWord, {
  valid: [
    // 截止 used correctly (GW-WORD-001 false alarms).
    '报名于6月30日截止。',
    '申报截止日期为6月30日，截止时间为17:00。',
    '截止到6月底，共受理申请120件。',
    '活动截止于本月底。',
    '截至目前，已完成年度任务的80%。',
    // 一幅画 is right; 按|装修, 规定|货物 are other words.
    '这是一幅画。',
    '按装修标准验收。',
    '既使企业受益，又方便群众。',
    '群众竟争先恐后地报名。',
    '材料交给于洋同志。',
    '他激动得不能自己决定。',
    // Short entries inside other words (协商|确定, 预防|犯罪, 事关|健康, 衔接|恰当).
    '双方协商确定，做好预防犯罪工作，事关健康，衔接恰当，按排名先后发言。',
    // Protected words and their content.
    { name: 'protected word', text: '欢迎参观布署科技公司。', shared: { protectedWords: ['布署科技'] } },
    // URLs are masked.
    '详见 https://example.com/jiezhimuqian/buShu 页面',
  ],
  invalid: [
    {
      name: '截止目前 → 截至目前 (safe)',
      text: '截止目前，已完成80%。',
      output: '截至目前，已完成80%。',
      errors: [{ messageId: 'jiezhi', text: '截止', start: 0, end: 2 }],
    },
    {
      name: '截止6月底',
      text: '截止6月底，全市共受理。',
      output: '截至6月底，全市共受理。',
      errors: [{ messageId: 'jiezhi', text: '截止' }],
    },
    {
      name: '截止到目前 → 截至目前 (sample 002, suggestion)',
      text: '截止到目前，我局所包干的4户已有2户落实到位。',
      output: '截至目前，我局所包干的4户已有2户落实到位。',
      errors: [{ messageId: 'jiezhi', text: '截止到' }],
    },
    {
      name: 'common misspellings',
      text: '认真布署，再接再励，迫不急待，一幅对联。',
      output: '认真部署，再接再厉，迫不及待，一副对联。',
      errors: [
        { messageId: 'misused', text: '布署' },
        { messageId: 'misused', text: '再接再励' },
        { messageId: 'misused', text: '迫不急待' },
        { messageId: 'misused', text: '一幅对联' },
      ],
    },
    {
      name: 'issue 11: the 别字 that were missed',
      text: '工作要按步就班，明查暗访，既往不究不可取，以儆效由，防止变本加利，教训记忆尤新，不能墨守陈规，要惯彻落实。',
      output: '工作要按部就班，明察暗访，既往不咎不可取，以儆效尤，防止变本加厉，教训记忆犹新，不能墨守成规，要贯彻落实。',
      errors: [
        { messageId: 'misused', text: '按步就班' },
        { messageId: 'misused', text: '明查暗访' },
        { messageId: 'misused', text: '既往不究' },
        { messageId: 'misused', text: '以儆效由' },
        { messageId: 'misused', text: '变本加利' },
        { messageId: 'misused', text: '记忆尤新' },
        { messageId: 'misused', text: '墨守陈规' },
        { messageId: 'misused', text: '惯彻' },
      ],
    },
    {
      name: 'short words with a word-boundary check',
      text: '经协商，双方商确了方案，要认真防犯风险。',
      output: '经协商，双方商榷了方案，要认真防范风险。',
      errors: [
        { messageId: 'misused', text: '商确' },
        { messageId: 'misused', text: '防犯' },
      ],
    },
    {
      name: 'word-boundary checked suggestion',
      text: '按装空调。',
      output: '安装空调。',
      errors: [{ messageId: 'misused', text: '按装' }],
    },
    {
      name: 'user words (literal, not patterns)',
      text: '请各科.室注意，把问题处理好。科1室不变。',
      shared: { words: { '科.室': '科室', 处理好: '处置好' } },
      output: '请各科室注意，把问题处置好。科1室不变。',
      errors: [
        { messageId: 'userWord', text: '科.室' },
        { messageId: 'userWord', text: '处理好' },
      ],
    },
    {
      name: 'a protected word does not hide the rest',
      text: '布署科技公司认真布署。',
      shared: { protectedWords: ['布署科技'] },
      output: '布署科技公司认真部署。',
      errors: [{ messageId: 'misused', text: '布署', start: 8 }],
    },
  ],
});

// Every built-in entry against professionally edited text: the hits must be exactly the documented true errors
// (older reports wrote forms that today's norms reject: 墨守陈规, 复盖, 奢糜, 急待解决).
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const KNOWN_TRUE_ERRORS = ['墨守陈规', '复盖', '奢糜', '急待解决'];
it('built-in misused words: no false hit on the corpus', { skip: existsSync(CORPUS) ? false : `corpus ${CORPUS} absent: skipped` }, () => {
  assert.ok(TYPOS.length >= 400, `at least 400 entries (got ${TYPOS.length})`);
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) {
        const text = readFileSync(p, 'utf8');
        for (const pr of check(text, { onlyRules: ['no-misused-word'] }))
          if (pr.messageId === 'misused') found.push(text.slice(pr.start, pr.end));
      }
    }
  };
  walk(CORPUS);
  assert.deepEqual([...new Set(found)].sort(), [...KNOWN_TRUE_ERRORS].sort());
});
