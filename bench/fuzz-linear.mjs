// Linear-time fuzzer (issue 14, "linear everywhere"): texts made of a few tokens drawn from a list of the characters
// and pieces the rules treat specially (quotation marks, brackets, half-width points, spaces, markers, URLs, 文号…),
// as one long line or as lines of random length, each checked at 1× and 4× its size with every rule. A check whose
// CPU time grows more than --bar times (default 8) and takes over --min ms (default 150) at 4× is printed with the rules
// that grow most, and the exit code is 1. Deterministic: a seed gives the same texts on every machine.
// Usage: node bench/fuzz-linear.mjs [--seeds N] [--from S] [--size CHARS] [--bar X] [--min MS] [--bundle server/dist/cli.js]
// (npm run bench:fuzz builds first). Each quadratic case it found is now a shape in test/unit/linearity.test.ts.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const seeds = Number(value('--seeds', 300));
const from = Number(value('--from', 1));
const size = Number(value('--size', 6000));
const bar = Number(value('--bar', 8));
const minMs = Number(value('--min', 150));
const core = createRequire(import.meta.url)(resolve(value('--bundle', join(root, 'server', 'dist', 'cli.js'))));

const TOKENS = [
  '中',
  '国',
  '的',
  '研究',
  '國',
  '台',
  '于',
  '〇',
  '年',
  '元',
  '万',
  '亿',
  '百分之',
  '二〇二四年',
  '附件',
  '抄送',
  '签发人：',
  '某某',
  '××',
  '，',
  ',',
  '.',
  '。',
  '：',
  ':',
  '；',
  ';',
  '？',
  '?',
  '！',
  '!',
  '……',
  '...',
  '…',
  '—',
  '-',
  '·',
  '•',
  '～',
  '~',
  ' ',
  '　',
  '\t',
  '「',
  '」',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '《',
  '》',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '〔',
  '〕',
  '[',
  ']',
  '{',
  '}',
  '{{',
  '}}',
  '＜',
  '<',
  '>',
  '<!--',
  '-->',
  'gongwen-disable',
  '1',
  '2',
  '％',
  '%',
  'X',
  '×',
  '○',
  '__',
  '＿',
  '一、',
  '（一）',
  '第一条',
  '〔2024〕5号',
  'http://a.cn/',
  'abc',
  '@',
  '/',
  '\\',
  '#',
  '*',
  '`',
  '=',
  '+',
  '|',
  '&',
  '$',
];

let state = 1;
const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const cpuMs = (fn) => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

let found = 0;
for (let seed = from; seed < from + seeds; seed++) {
  state = seed * 7919;
  const alphabet = Array.from({ length: 2 + Math.floor(random() * 4) }, () => TOKENS[Math.floor(random() * TOKENS.length)]);
  const lineTokens = random() < 0.3 ? Math.floor(5 + random() * 200) : 0; // 0: one line
  const make = (n) => {
    let out = '';
    for (let i = 1; out.length < n; i++) {
      out += alphabet[Math.floor(random() * alphabet.length)];
      if (lineTokens && i % lineTokens === 0) out += '\n';
    }
    return out;
  };
  const small = make(size);
  const large = make(4 * size);
  core.check(small);
  const t1 = cpuMs(() => core.check(small));
  const t4 = cpuMs(() => core.check(large));
  if (t4 > minMs && t4 / Math.max(t1, 1) > bar) {
    found++;
    const rules = core.allRules
      .map((r) => {
        const only = { onlyRules: [r.meta.id] };
        return [r.meta.id, cpuMs(() => core.check(small, only)), cpuMs(() => core.check(large, only))];
      })
      .filter(([, , b]) => b > minMs / 4)
      .sort((x, y) => y[2] / Math.max(y[1], 1) - x[2] / Math.max(x[1], 1))
      .slice(0, 3)
      .map(([id, a, b]) => `${id} ${a.toFixed(0)} → ${b.toFixed(0)} ms`);
    console.log(
      `seed ${seed}: ${JSON.stringify(alphabet)}, ${lineTokens ? `lines of ${lineTokens} tokens` : 'one line'}: 1× ${t1.toFixed(0)} ms, 4× ${t4.toFixed(0)} ms (×${(t4 / Math.max(t1, 1)).toFixed(1)}); ${rules.join('; ')}`,
    );
  }
}
console.log(`fuzz-linear: seeds ${from}–${from + seeds - 1}, ${size} and ${4 * size} characters: ${found} superlinear case(s)`);
process.exitCode = found ? 1 : 0;
