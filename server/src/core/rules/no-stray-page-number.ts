import { C_DIGIT, codePointAround, isCjkPunctCode, isHanCode, isHanCodePoint } from '../chars';
import { wordBoundaries } from '../lexicon';
import type { Rule } from '../types';
import { edit } from '../rule-kit';

/**
 * Page numbers left inside the text by PDF/Word extraction: 管2理, 技10术, 的3图书, ，1组织召开.
 * A lone digit run between Chinese characters is usually a real number (520就职, 921地震, 3主轴), so a
 * single candidate is never reported. Page numbers betray themselves as a sequence: candidates whose
 * values rise in small steps (1, 2, 3, …, 10) spread over the document, at least `minChain` of them.
 * Candidate: 1–3 ASCII digits between Han characters (or after a Chinese/ASCII comma, or at the end of
 * a line), not followed by a measure word or unit, not preceded by 第/约/共/近/达/超… and not part of
 * a date, decimal, range or Latin token.
 * A candidate that splits a dictionary word (管2理: 管理, 信4息: 信息) is strong: two or more strong candidates
 * rising by exactly 1 are enough, at any distance and from any start (管2理…管3理 on one line).
 */

// Measure words, units and number words that make "digits + char" a quantity (simplified + traditional).
const QUANTITY_AFTER = new Set(
  (
    '年月日号號时時分秒个個项項人次元万萬亿億兆千百十条條家所名位件种種类類批期届屆天周週岁歲倍成台臺辆輛架艘部本册冊套份篇轮輪度户戶级級层層间間张張片块塊处處' +
    '支组組队隊点點段区區县縣省市村镇鎮乡鄉座栋棟楼樓米克吨噸斤两兩亩畝公平里升瓦伏安赫字行页頁章节節卷集版回场場局盘盤道题題门門科课課箱袋瓶包桶罐颗顆粒枚根只隻' +
    '头頭匹株棵首句声聲遍趟番阵陣步代辈輩世纪紀型式线線路站港码碼季刻钟鐘夜多余餘来來几幾至到比和及或与與对對减減加乘除强強胎床毫吋寸尺丈顷頃方立微纳奈' +
    '届票席任班营營连連排团團师師军軍旅案例起宗笔筆户样樣色星钻鑽环環楼圈幅款则則项金银銀铜銅名岁'
  ).split(''),
);
// Common words that start with a measure character: 1组织召开 is still a page-number candidate.
const WORDS_AFTER = new Set(
  (
    '组织 組織 部门 部門 部署 部分 方面 方式 方案 方法 人民 人员 人員 人才 家庭 名单 名單 名称 名稱 位置 条件 條件 条例 條例 成立 成功 成为 成為 成果 ' +
    '成效 市场 市場 区域 區域 县委 縣委 市委 省委 村民 期间 期間 时间 時間 时期 時期 安全 安排 点击 局长 局長 科技 科学 科學 门户 行政 行业 行業 ' +
    '道路 课题 課題 代表 世界 线索 型号 路径 团结 團結 连续 連續 排查 营造 營造 师生 軍事 军事 起草 起来 笔者 样本 色彩 环境 環境 圈子 则是 頭等 头等 ' +
    '本人 本次 本年 本月 本单位 首先 首都 声明 聲明 步骤 步伐 代表 段落 版本 章程 集中 集体 集體 回顾 回顧 场所 局面 盘活 道德 门槛 门類'
  ).split(' '),
);
// Characters before the digits that introduce a quantity or an ordinal.
const QUANTITY_BEFORE = new Set(
  '第约約共近达達超计計逾余餘每至到和与與或及前后後等约增减減降升长長比占佔仅僅只全为為是有了这這那各其该該此前满滿逾再'.split(''),
);

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

/** True when the digits at [start, end) split a word: 网格化管|2|理工 reads 管理 once they are gone. */
function splitsWord(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > start - 4 && a > 0 && isHanCode(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < end + 4 && b < text.length && isHanCode(text.charCodeAt(b))) b++;
  if (a === start || b === end) return false;
  const joined = text.slice(a, start) + text.slice(end, b);
  const bounds = wordBoundaries(joined, 0, joined.length);
  return bounds !== null && !bounds.includes(start - a);
}

/** The longest chain of candidates where each link satisfies `ok` (DP over the 60 previous candidates). */
function longestChain(cands: readonly Candidate[], ok: (a: Candidate, b: Candidate) => boolean): Candidate[] {
  const len = new Array<number>(cands.length).fill(1);
  const prev = new Array<number>(cands.length).fill(-1);
  let best = -1;
  for (let k = 0; k < cands.length; k++) {
    for (let q = Math.max(0, k - 60); q < k; q++) {
      if (len[q] + 1 > len[k] && ok(cands[q], cands[k])) {
        len[k] = len[q] + 1;
        prev[k] = q;
      }
    }
    if (best < 0 || len[k] > len[best]) best = k;
  }
  const chain: Candidate[] = [];
  for (let k = best; k >= 0; k = prev[k]) chain.unshift(cands[k]);
  return chain;
}

const DIGIT_RE = /[0-9]/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLatinOrDigitLike(c: number): boolean {
  return (
    isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 47 || c === 58 || c === 37 || c === 0xff05
  );
}

export const noStrayPageNumber: Rule<{ minChain: number }> = {
  meta: {
    id: 'no-stray-page-number',
    name: { zh: '夹入页码', en: 'Stray page number' },
    category: 'residue',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '提取文本时夹入正文的页码，如“管2理”“技10术”（按页码递增序列识别）',
      en: 'Page numbers left inside words by text extraction, e.g. 管2理 (recognised as a rising sequence)',
    },
    messages: {
      pageNumber: {
        zh: '“{{found}}”疑为提取文本时夹入的页码（本文共发现 {{count}} 处递增序列），应删除',
        en: '"{{found}}" looks like a stray page number (a rising sequence of {{count}} in this text); remove it',
      },
    },
    defaultOptions: { minChain: 3 },
    optionsSchema: { minChain: { type: 'number', minimum: 2, description: '至少多少个递增的候选数字才视为页码序列' } },
    examples: [['网格化管2理工作会议', '网格化管理工作会议']],
  },
  check(ctx) {
    const text = ctx.text;
    const cands: Candidate[] = [];
    for (const seg of ctx.segments) {
      // Most segments hold no digit (their class bits say so); a native search finds the first one in the others.
      if ((seg.chars & C_DIGIT) === 0) continue;
      const firstDigit = seg.text.search(DIGIT_RE);
      if (firstDigit < 0) continue;
      const lineEnd = ctx.doc.lines[seg.line].end;
      // A digit is one code unit (never half of a surrogate pair): code units are tested, not code points.
      for (let i = seg.start + firstDigit; i < seg.end; i++) {
        if (!isDigit(text.charCodeAt(i))) continue;
        let j = i;
        while (j < seg.end && isDigit(text.charCodeAt(j))) j++;
        const startRun = i;
        i = j;
        if (j - startRun > 3 || text.charCodeAt(startRun) === 48) continue;
        const p = startRun > seg.start ? codePointAround(text, startRun - 1) : -1;
        const n = j < seg.end ? codePointAround(text, j) : -1;
        if (p < 0 || isLatinOrDigitLike(p) || QUANTITY_BEFORE.has(text.charAt(startRun - 1))) continue;
        if (!(isHanCodePoint(p) || isCjkPunctCode(p) || p === 44)) continue;
        if (isCjkPunctCode(p) && !/[，、。；,]/u.test(text.charAt(startRun - 1))) continue; // （1） “3” 《2》
        const atLineEnd = j === lineEnd && /[，,]/u.test(text.charAt(startRun - 1));
        if (!atLineEnd && !(isHanCodePoint(n) && (!QUANTITY_AFTER.has(text.charAt(j)) || WORDS_AFTER.has(text.slice(j, j + 2))))) continue;
        cands.push({ start: startRun, end: j, value: Number(text.slice(startRun, j)) });
      }
    }
    const minChain = Math.max(2, ctx.options.minChain);
    // Values rising in small steps (1…7), at least 150 code units apart (a page of text).
    let chain = longestChain(cands, (a, b) => b.value - a.value >= 1 && b.value - a.value <= 7 && b.start - a.start >= 150);
    if (chain.length < minChain) {
      const strong = cands.filter((c) => splitsWord(text, c.start, c.end));
      chain = longestChain(strong, (a, b) => b.value - a.value === 1);
      if (chain.length < 2) return;
    }
    for (const c of chain) {
      ctx.report({
        messageId: 'pageNumber',
        data: { found: text.slice(c.start, c.end), count: chain.length },
        start: c.start,
        end: c.end,
        fix: [edit.remove(c.start, c.end)],
      });
    }
  },
};
