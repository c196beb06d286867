import { AA_WORDS, ABAB_WORDS, FUNCTION_CHARS, NUMERAL_CHARS, ONOMATOPOEIA, REDUP_WORDS } from '../data/reduplication';
import { hasWordSegmenter, isHan, segmentWindow, wordAt, wordBoundaries } from '../lexicon';
import { inQuotation } from '../quotes';
import type { ReportDescriptor, Rule, RuleContext, Segment } from '../types';
import { edit } from '../rule-kit';

interface Allow {
  aa: Set<string>;
  abab: Set<string>;
  /** Doubled character → [word, offset of the doubled pair inside it]. */
  byPair: Map<string, [string, number][]>;
}
let allow: Allow | undefined;

function getAllow(): Allow {
  if (allow) return allow;
  const byPair = new Map<string, [string, number][]>();
  for (const w of REDUP_WORDS) {
    for (let k = 0; k + 1 < w.length; k++) {
      if (w[k] !== w[k + 1]) continue;
      const list = byPair.get(w[k]) ?? [];
      list.push([w, k]);
      byPair.set(w[k], list);
    }
  }
  allow = { aa: new Set(AA_WORDS), abab: new Set(ABAB_WORDS), byPair };
  return allow;
}

const MAX_UNIT = 6;
/** Characters that extend a word into a longer one (总会长, 委员, 学者). */
const SUFFIXES = new Set('长長员員者们們性化式型率家手人'.split(''));
/** Verbs and adverbs of 公文 prose that do not end or start a compound noun: 认真认真, 加强加强 are typing errors. */
const NON_COMPOUNDING = new Set(
  (
    '认真 認真 加强 加強 推进 推進 落实 落實 切实 切實 积极 積極 不断 不斷 全面 深入 扎实 紮實 努力 持续 持續 进行 進行 开展 開展 ' +
    '坚持 堅持 做好 抓好 狠抓 强化 強化 推动 推動 加快 加大 促进 促進 提高 提升 完善 健全 表达 表達 逐步 充分 有效 及时 及時 ' +
    '进一 一步 我们 我們 他们 他們 大家 已经 已經 正在 必须 必須 应当 應當 能够 能夠 要求 同时 同時 通过 通過 继续 繼續'
  ).split(' '),
);
/** Common surnames (both scripts): a surname and an AA given name (李玲玲, 邱俐俐, 賴瑩瑩) are not a typo. */
const SURNAMES = new Set(
  (
    '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈' +
    '夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柯施洪游颜顏詹翁庄莊'
  ).split(''),
);
/** Characters whose doubling before a word is a stray keystroke (我我们), not a verb reduplication (洗洗澡). */
const PRONOUNS = new Set('我你您他她它咱这這那各每本该該其'.split(''));

/** True when the doubled pair text[i], text[i+1] lies inside a listed reduplicated word. */
function inListedWord(text: string, i: number, a: Allow): boolean {
  const list = a.byPair.get(text[i]);
  if (!list) return false;
  for (const [w, off] of list) if (i - off >= 0 && text.startsWith(w, i - off)) return true;
  return false;
}

function isHanAt(text: string, i: number, s: number, e: number): boolean {
  return i >= s && i < e && isHan(text.charCodeAt(i));
}

/**
 * Adjacent repeated characters, words and phrases (GW-REP-001/002/003/007): 的的, 部门门, 进一步进一步,
 * 认真认真. Legitimate reduplication (AA 常常, AABB 认认真真, ABAB 研究研究, ABB/AAB/AABC/ABCC from the
 * allow-list) and repeats across a word boundary (工作｜作风, 进行｜行政) are judged with the ICU word
 * dictionary; text in quotation marks and 书名号 is skipped (GW-REP-009).
 */
export const noRepeatedWord: Rule = {
  meta: {
    id: 'no-repeated-word',
    name: { zh: '字词重复', en: 'Repeated word' },
    aliases: ['GW-REP-001', 'GW-REP-002', 'GW-REP-003', 'GW-REP-007'],
    category: 'repetition',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    description: {
      zh: '相邻重复的字、词、短语（的的、进一步进一步），合法叠词（研究研究、认认真真、层层压实）和跨词组合（工作作风）除外',
      en: 'Adjacent duplicated characters, words and phrases (的的, 进一步进一步), legitimate reduplication and cross-word repeats excepted',
    },
    messages: {
      doubledFunction: {
        zh: '“{{found}}”重复，多了一个“{{char}}”',
        en: '"{{found}}" is doubled: one "{{char}}" too many',
      },
      extraAfter: {
        zh: '“{{word}}”后多了一个“{{char}}”',
        en: 'An extra "{{char}}" after "{{word}}"',
      },
      extraBefore: {
        zh: '“{{word}}”前多了一个“{{char}}”',
        en: 'An extra "{{char}}" before "{{word}}"',
      },
      tripled: {
        zh: '“{{char}}”连续出现{{count}}次，疑为误输入',
        en: '"{{char}}" appears {{count}} times in a row: probably a typing error',
      },
      repeatedWord: {
        zh: '“{{word}}”连续重复出现，应删去一个',
        en: '"{{word}}" is repeated: remove one',
      },
    },
    defaultOptions: {},
    examples: [
      ['推进活动的的开展', '推进活动的开展'],
      ['要进一步进一步加强监管', '要进一步加强监管'],
    ],
  },
  check(ctx) {
    const a = getAllow();
    // Positions stored in lastSeen are offset by a base that grows with every check, so stale entries
    // of earlier documents are always below the current segment start.
    if (base > 2e9 - ctx.text.length) {
      lastSeen.fill(-(2 ** 31));
      base = 0;
    }
    base += MAX_UNIT + 1;
    const b0 = base;
    base += ctx.text.length;
    for (const seg of ctx.segments) checkSegment(ctx, seg, a, b0);
  },
};

/**
 * Last position (+ a per-check base) of each BMP code unit: one load and one store per character
 * find every character repeated within MAX_UNIT positions, the only places a repeat can start.
 */
const lastSeen = new Int32Array(65536);
let base = 0;

function checkSegment(ctx: RuleContext<object>, seg: Segment, a: Allow, b0: number): void {
  const text = ctx.text;
  const s = seg.start;
  const e = seg.end;
  // Asked only at a candidate (most segments have none): is the line quoted speech, or is offset i quoted?
  let broken: boolean | undefined;
  const quoted = (i: number): boolean => (broken ??= brokenQuoteLine(ctx, seg.line)) || inQuotation(ctx, i);
  let skipUntil = s;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || !isHan(c)) continue;
    const p = lastSeen[c] - b0;
    lastSeen[c] = i + b0;
    if (p < skipUntil || i - p > MAX_UNIT) continue;
    const d = i - p;
    if (d === 1) {
      // A run of one character from p (the loop then continues after the run, so each run is seen once;
      // a longer repeat starting before it, 工作作风工作作风, is still found).
      let j = i + 1;
      while (j < e && text.charCodeAt(j) === c) j++;
      charRun(ctx, p, j, s, e, a, quoted);
      lastSeen[c] = j - 1 + b0;
      i = j - 1;
      continue;
    }
    // Repeated words and phrases: text[p, i) == text[i, i + d).
    if (i + d > e) continue;
    let k = 1;
    while (k < d && text.charCodeAt(p + k) === text.charCodeAt(i + k)) k++;
    if (k < d) continue;
    const handled = wordRepeat(ctx, p, d, s, e, a, quoted);
    if (handled > 0) skipUntil = p + handled;
  }
}

/**
 * A quotation whose marks a web page put on lines of their own (“⏎quoted words⏎”): the line between a line
 * ending with an opening mark and a line starting with its closing mark is quoted speech, reproduced verbatim.
 */
function brokenQuoteLine(ctx: RuleContext<object>, li: number): boolean {
  const lines = ctx.doc.lines;
  if (li === 0 || li + 1 >= lines.length) return false;
  const before = lines[li - 1].text.trimEnd();
  const after = lines[li + 1].text.trimStart();
  const open = '“「『'.indexOf(before[before.length - 1] ?? '');
  return open >= 0 && after[0] === '”」』'[open];
}

/** Returns the number of code units consumed (0: not a repeated word here). */
function wordRepeat(
  ctx: RuleContext<object>,
  i: number,
  L: number,
  s: number,
  e: number,
  a: Allow,
  quoted: (i: number) => boolean,
): number {
  const text = ctx.text;
  const unit = text.slice(i, i + L);
  let allSame = true;
  let allNum = true;
  for (let k = 0; k < L; k++) {
    const ch = unit.charCodeAt(k);
    if (!isHan(ch)) return 0;
    if (ch !== unit.charCodeAt(0)) allSame = false;
    if (!NUMERAL_CHARS.has(unit[k])) allNum = false;
  }
  if (allSame || allNum) return 0;
  if (quoted(i) || quoted(i + 2 * L - 1)) return 2 * L;
  // ABAB reduplication: 研究研究, 彼此彼此, 一步一步.
  if (L === 2 && (a.abab.has(unit) || unit[0] === '一')) return 2 * L;
  // 总会｜总会长, 舰队｜舰队长: the second copy begins a longer word.
  if (SUFFIXES.has(text[i + 2 * L] ?? '')) return 0;
  const [ws, we] = segmentWindow(i, i + 2 * L, s, e);
  const b = wordBoundaries(text, ws, we);
  if (b) {
    // Both copies must be whole words: 进一步|进一步, not 大学|学生; short ones a single dictionary word
    // (吉尼吉尼 in a transliterated name is not).
    if (!b.includes(i) || !b.includes(i + L) || !b.includes(i + 2 * L)) return 0;
    if (L <= 3 && (b[b.indexOf(i) + 1] !== i + L || b[b.indexOf(i + L) + 1] !== i + 2 * L)) return 0;
    // 资产阶级｜阶级斗争, 家庭医学｜医学会: either copy belongs to a longer word when read on its own side.
    const before = wordBoundaries(text, Math.max(s, i - 4), i + L)!;
    if (wordAt(before, i)[0] < i) return 0;
    const after = wordBoundaries(text, i + L, Math.min(e, i + 2 * L + 4))!;
    if (wordAt(after, i + 2 * L - 1)[1] > i + 2 * L) return 0;
  } else if (L === 2) return 0; // no dictionary: rather say nothing
  // Two compounds sharing a noun (资产阶级｜阶级斗争, 家庭医学｜医学会, 互联网｜网速) look the same as a typing error:
  // a two-character repeat touching Han on either side is reported only for verbs and adverbs that do not compound
  // (表达表达, 认真认真); for any other word it is a guess, and guesses are not reported (precision first).
  const touching = isHanAt(text, i - 1, s, e) || isHanAt(text, i + 2 * L, s, e);
  if (L === 2 && touching && !NON_COMPOUNDING.has(unit)) return 2 * L;
  ctx.report({ messageId: 'repeatedWord', data: { word: unit }, start: i, end: i + 2 * L, fix: [edit.remove(i + L, i + 2 * L)] });
  return 2 * L;
}

function charRun(ctx: RuleContext<object>, i: number, j: number, s: number, e: number, a: Allow, quoted: (i: number) => boolean): void {
  const text = ctx.text;
  const ch = text[i];
  const k = j - i;
  if (NUMERAL_CHARS.has(ch) || quoted(i)) return;
  const func = FUNCTION_CHARS.has(ch);
  const found = text.slice(i, j);
  if (k >= 3) {
    if (ONOMATOPOEIA.has(ch)) return;
    // 三百六十行｜行行: a character and a reduplicated word.
    if (k === 3 && a.aa.has(ch + ch)) return;
    ctx.report({
      messageId: 'tripled',
      data: { char: ch, count: k },
      start: i,
      end: j,
      fix: [edit.remove(i + 1, j)],
    });
    return;
  }
  // AABB: 认认真真, 是是非非, 桩桩件件.
  if (isHanAt(text, j, s, e) && text[j] !== ch && text[j + 1] === text[j] && j + 1 < e) return;
  if (isHanAt(text, i - 2, s, e) && text[i - 1] === text[i - 2] && text[i - 1] !== ch) return;
  if (a.aa.has(found) || inListedWord(text, i, a)) return;
  // 在在 (literary: everywhere) before a verb of showing: 在在可见, 在在显示.
  if (ch === '在' && /^[可显顯展彰证證说說表都皆]/u.test(text.slice(j, j + 1))) return;
  const report = (d: Omit<ReportDescriptor, 'start' | 'end' | 'fix'>): void =>
    ctx.report({ ...d, start: i, end: j, fix: [edit.remove(i + 1, j)] });
  const [ws, we] = segmentWindow(i, j, s, e);
  const b = hasWordSegmenter() ? wordBoundaries(text, ws, we) : null;
  if (!b) {
    if (func) report({ messageId: 'doubledFunction', data: { found, char: ch } });
    return;
  }
  const wl = wordAt(b, i);
  const wr = wordAt(b, i + 1);
  if (wl[0] === wr[0]) return; // one word: 常常, 不了了之
  const lenL = wl[1] - wl[0];
  const lenR = wr[1] - wr[0];
  if (lenL >= 2 && lenR >= 2) return; // 工作｜作风, 进行｜行政
  if (lenL >= 2) {
    // 部门｜门: only when the stray character ends the clause (部门门。), else 部门｜门口-like splits are likely.
    // A function word may follow a word ending in it: 达到目的｜的。
    // 李玲｜玲。 is a name with an AA given name (李玲玲): not after a common surname.
    if (!func && !isHanAt(text, j, s, e) && !(lenL === 2 && SURNAMES.has(text[wl[0]])))
      report({ messageId: 'extraAfter', data: { word: text.slice(wl[0], wl[1]), char: ch } });
    return;
  }
  if (lenR >= 2) {
    // 我｜我们 at the start of a clause; 这是｜是非, 对｜对联 inside a clause are fine.
    // Weak evidence; 洗洗澡, 治治病 are verb reductions, 31国｜国会 a count: info only, for pronouns or longer
    // words, after punctuation or at the start of the segment (not after a digit or a letter).
    if (!func && (PRONOUNS.has(ch) || lenR >= 3) && clauseStart(text, i, s))
      report({ messageId: 'extraBefore', data: { word: text.slice(wr[0], wr[1]), char: ch }, severity: 'info' });
    return;
  }
  // Two single characters: 的的 and 了了 are typing errors; any other pair (李玲玲, 邱俐俐 given names, 北北基宜,
  // 帕帕羅, 互联网网速, 县县有, 31国国会) is far more often a name, an abbreviation or a compound than a typo.
  if (func) report({ messageId: 'doubledFunction', data: { found, char: ch } });
}

/** True at the start of the segment or after punctuation or a space (not after a digit, a letter or Han). */
function clauseStart(text: string, i: number, s: number): boolean {
  if (i === s) return true;
  return /[\p{P}\s]/u.test(text[i - 1]);
}
