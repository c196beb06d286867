/**
 * fast-check generators for the property suite: random Unicode weighted toward what the rules look
 * at, every line-ending style, and splices of real corpus paragraphs with injected defects.
 * A generated document is a list of lines (no CR or LF inside a line) plus a line-ending style, so
 * the same document can be rebuilt with LF, CRLF or CR to compare the fixes.
 */
import fc from 'fast-check';
import type { DocumentLanguage, SharedSettings } from '../../server/src/core/index';

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';
export interface GenDoc {
  readonly lines: readonly string[];
  readonly eol: Eol;
  /** For 'mixed': the break used after each line (cycled). */
  readonly breaks: readonly string[];
  readonly language: DocumentLanguage;
  readonly origin: 'synthetic' | 'corpus';
  /** Shared settings other than the defaults (one document in four), merged over DEFAULT_SHARED. */
  readonly shared?: Partial<SharedSettings>;
}

const BREAK: Record<Exclude<Eol, 'mixed'>, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** The document text: lines joined by the style's breaks. */
export function docText(d: GenDoc, eol: Eol = d.eol): string {
  if (eol !== 'mixed') return d.lines.join(BREAK[eol]);
  let s = d.lines[0] ?? '';
  for (let i = 1; i < d.lines.length; i++) s += d.breaks[(i - 1) % d.breaks.length] + d.lines[i];
  return s;
}

const chars = (s: string): string[] => [...s];

// Characters and pieces the rules care about. Kept as data so a shrunk counterexample stays readable.
const HAN = chars(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于发工经会可主进也年动同就过关领导加强管理研究认真落实推进建设政府工作报告通知意见决定规定办法',
);
const ASTRAL_HAN = ['𠮷', '𪚥', '𠀀', '𡈽', '𬌗', '𰻝'];
const TRAD = chars('發認關於這國說時為會與們體對質裡臺灣');
const FULL_PUNCT = chars('，。、；：？！“”‘’（）《》〈〉【】〔〕〖〗·—…～');
const HALF_PUNCT = chars(',.;:?!"\'()[]<>{}-~/\\*&#@%+=|^_`');
const DIGITS = chars('0123456789０１２３４５６７８９〇○零');
const LATIN = chars('abcxyzABCXYZＡＢＣａｂｃ');
const SPACES = [' ', '\u3000', '\t', '\u00a0', '\u2002', '\u200b', '  ', '\u3000\u3000'];
const MARKERS = [
  '一、',
  '二、',
  '十一、',
  '（一）',
  '(二)',
  '（三)',
  '1.',
  '2．',
  '3、',
  '（1）',
  '(2)',
  '①',
  '②',
  '第一条',
  '第二章',
  '第三节',
  '一是',
  '二是',
  '首先',
  '其次',
  '第一，',
  '第二，',
];
const QUOTES = ['“', '”', '‘', '’', '「', '」', '『', '』', '"', "'", '《', '》', '〈', '〉'];
const DASHES = ['—', '——', '———', '-', '--', '–', '－', '―', '─', '~', '～', '〜', '至'];
const ELLIPSES = ['……', '…', '...', '。。。', '......', '……。', '等等……', '・・・', '···'];
const BRACKETS = ['（', '）', '(', ')', '【', '】', '[', ']', '〔', '〕', '()', '（）', '【】'];
const URLS = ['https://www.gov.cn/a,b', 'http://x.cn/?q=1,2。', 'www.example.com', 'a@b.cn', 'C:\\dir\\file.txt', '/usr/local/bin'];
const DOCNUMS = ['国办发〔2024〕5号', '国发[2024]05号', '〔2024〕', '[2024]', '(2024)', '京政发（2023）12号'];
const DATES = [
  '2024年7月1日',
  '2024年07月01日',
  '二〇二四年',
  '二○二四年',
  '2024-07-01',
  '2024/7/1',
  '7月1日',
  '9～16亿',
  '3.5亿元',
  '4千',
  '1.5%',
  '20%~30%',
  '3—5年',
];
const TIMES = ['9:30', '9：30', '14时30分', '上午9时', '08:31:50'];
const WORDS = [
  '的的',
  '研究研究',
  '涉及到',
  '截止目前',
  '再接再励',
  '成份',
  '图象',
  '关於',
  '乾县',
  'XX',
  '20XX年',
  '___',
  '×××',
  '某某',
  '此处填写',
  '關(guān)',
  '管2理',
  '锟斤拷',
  '\ufffd',
  'ㄎ',
];
const MARKDOWN = [
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '```',
  '`code,x`',
  '|a|b|',
  '---',
  '<!-- gongwen-disable-next-line -->',
  '<!-- gongwen-disable -->',
  '<!-- gongwen-enable -->',
  '<!-- x',
];
// Hostile Unicode: combining marks, RTL and bidi controls, C0/C1 controls, BOM, lone surrogates, emoji sequences, PUA.
const HOSTILE = [
  '\u0301',
  '\u0300',
  'e\u0301',
  '汉\u0301',
  '\u20dd',
  '\u200d',
  '\u200c',
  '\u2060',
  '\ufeff',
  '\ufeff\ufeff',
  'مرحبا',
  'שלום',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200e',
  '\u2066',
  '\u2069',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udc00',
  '\udbff',
  '\udfff',
  '\udc00\ud800',
  '👍🏽',
  '👨‍👩‍👧',
  '🇨🇳',
  '❤️',
  '\ufe0f',
  '\ue000',
  '\uffff',
  '\ufffe',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One piece of line content; never contains CR or LF. */
export const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: pick(HAN) },
  { weight: 2, arbitrary: pick(ASTRAL_HAN) },
  { weight: 1, arbitrary: pick(TRAD) },
  { weight: 5, arbitrary: pick(FULL_PUNCT) },
  { weight: 4, arbitrary: pick(HALF_PUNCT) },
  { weight: 2, arbitrary: pick(DIGITS) },
  { weight: 1, arbitrary: pick(LATIN) },
  { weight: 3, arbitrary: pick(SPACES) },
  { weight: 2, arbitrary: pick(MARKERS) },
  { weight: 2, arbitrary: pick(QUOTES) },
  { weight: 1, arbitrary: pick(DASHES) },
  { weight: 1, arbitrary: pick(ELLIPSES) },
  { weight: 1, arbitrary: pick(BRACKETS) },
  { weight: 1, arbitrary: pick(URLS) },
  { weight: 1, arbitrary: pick(DOCNUMS) },
  { weight: 1, arbitrary: pick(DATES) },
  { weight: 1, arbitrary: pick(TIMES) },
  { weight: 2, arbitrary: pick(WORDS) },
  { weight: 1, arbitrary: pick(MARKDOWN) },
  { weight: 2, arbitrary: pick(HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }).map(noBreaks) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }).map(noBreaks) },
);

function noBreaks(s: string): string {
  return s.replace(/[\r\n]/g, '');
}

export const language: fc.Arbitrary<DocumentLanguage> = fc.constantFrom('plaintext', 'markdown', 'gongwen');
export const eol: fc.Arbitrary<Eol> = fc.constantFrom('lf', 'crlf', 'cr', 'mixed');
/** Breaks for mixed documents, including CR + CRLF and LF + CR pairs. */
const breaks = fc.array(fc.constantFrom('\n', '\r\n', '\r', '\r\r\n', '\n\r', '\n\n', '\r\n\r\n'), { minLength: 1, maxLength: 4 });

/** A line: often opened by a heading marker or indent (what the structure rules read), then atoms. */
/**
 * Non-default shared settings: forced script and structure mode, a user word table (no entry's
 * replacement contains a wrong form, so fixes converge) and protected words.
 */
export const shared: fc.Arbitrary<Partial<SharedSettings> | undefined> = fc.option(
  fc.record(
    {
      script: fc.constantFrom('auto', 'simplified', 'traditional', 'tw', 'hk'),
      structureMode: fc.constantFrom('auto', 'gongwen', 'legal'),
      words: fc
        .subarray([
          ['工作报告', '工作汇报'],
          ['加强', '强化'],
          ['领导', '領導'],
          ['的的', '的'],
          ['XX', '某某'],
          ['；', '，'],
        ])
        .map((e) => Object.fromEntries(e)),
      protectedWords: fc.subarray(['的的', '關於', '国务院', '一、', '研究研究', 'XX', '，', '𠮷']),
    },
    { requiredKeys: [] },
  ),
  { freq: 4, nil: undefined },
);

const line = (maxAtoms: number) =>
  fc
    .tuple(
      fc.option(fc.oneof(pick(MARKERS), pick(['\u3000\u3000', '  ', '# ', '> '])), { freq: 3 }),
      fc.array(atom, { maxLength: maxAtoms, size: 'max' }),
    )
    .map(([head, xs]) => (head ?? '') + xs.join(''));

export function syntheticDoc(maxLines = 10, maxAtoms = 24): fc.Arbitrary<GenDoc> {
  return fc.record({
    lines: fc.array(line(maxAtoms), { minLength: 1, maxLength: maxLines, size: 'max' }),
    eol,
    breaks,
    language,
    origin: fc.constant('synthetic' as const),
    shared,
  });
}

// ---- corpus splices with injected defects -------------------------------------------------------

const HALF_OF: Record<string, string> = {
  '，': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '、': ',',
};
const TRAD_OF: Record<string, string> = {
  发: '發',
  认: '認',
  关: '關',
  于: '於',
  这: '這',
  国: '國',
  说: '說',
  时: '時',
  为: '為',
  会: '會',
  体: '體',
  对: '對',
};

type Defect =
  | { kind: 'half'; at: number }
  | { kind: 'space'; at: number; s: string }
  | { kind: 'dupWord'; at: number; len: number }
  | { kind: 'dupSentence'; at: number }
  | { kind: 'trad'; at: number }
  | { kind: 'pages'; at: number; first: number; count: number }
  | { kind: 'break'; at: number }
  | { kind: 'atom'; at: number; s: string };

const defect: fc.Arbitrary<Defect> = fc.oneof(
  fc.record({ kind: fc.constant('half' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('space' as const), at: fc.nat(), s: pick([' ', '\u3000', '  ', '\t']) }),
  fc.record({ kind: fc.constant('dupWord' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('dupSentence' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('trad' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('pages' as const),
    at: fc.nat(),
    first: fc.integer({ min: 1, max: 120 }),
    count: fc.integer({ min: 2, max: 4 }),
  }),
  fc.record({ kind: fc.constant('break' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('atom' as const), at: fc.nat(), s: atom }),
);

/** Position `at` folded into [0, n], moved off the middle of a surrogate pair. */
function pos(s: string, at: number): number {
  let i = s.length === 0 ? 0 : at % (s.length + 1);
  const c = s.charCodeAt(i);
  if (i > 0 && c >= 0xdc00 && c <= 0xdfff && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) i--;
  return i;
}

/** Finds the next character at or after `from` (wrapping) that is a key of `map`. */
function findKey(s: string, from: number, map: Record<string, string>): number {
  for (let k = 0; k < s.length; k++) {
    const i = (from + k) % s.length;
    if (map[s[i]]) return i;
  }
  return -1;
}

export function injectDefect(s: string, d: Defect): string {
  const i = pos(s, d.at);
  switch (d.kind) {
    case 'half':
    case 'trad': {
      const map = d.kind === 'half' ? HALF_OF : TRAD_OF;
      const j = s.length ? findKey(s, i % s.length, map) : -1;
      return j < 0 ? s : s.slice(0, j) + map[s[j]] + s.slice(j + 1);
    }
    case 'space':
      return s.slice(0, i) + d.s + s.slice(i);
    case 'dupWord': {
      const w = s.slice(i, pos(s, i + d.len));
      return s.slice(0, i) + w + s.slice(i);
    }
    case 'dupSentence': {
      const end = s.indexOf('。', i);
      if (end < 0) return s;
      const start = s.lastIndexOf('。', i - 1) + 1;
      return s.slice(0, end + 1) + s.slice(start, end + 1) + s.slice(end + 1);
    }
    case 'pages': {
      // A rising chain of page numbers inside the text, as PDF extraction leaves them.
      let out = s;
      const step = Math.max(1, Math.floor(s.length / (d.count + 1)));
      for (let k = d.count - 1; k >= 0; k--) {
        const at = pos(out, i + k * step);
        out = out.slice(0, at) + String(d.first + k) + out.slice(at);
      }
      return out;
    }
    case 'break':
      return s.slice(0, i) + '\n' + s.slice(i);
    case 'atom':
      return s.slice(0, i) + d.s + s.slice(i);
  }
}

/** Real paragraphs (non-empty lines of the corpus), trimmed to windows of at most `window` code units. */
export function corpusDoc(paragraphs: readonly string[], maxParas = 5, window = 240): fc.Arbitrary<GenDoc> {
  const para = fc
    .record({ i: fc.nat({ max: paragraphs.length - 1 }), from: fc.nat(), len: fc.integer({ min: 1, max: window }) })
    .map(({ i, from, len }) => {
      const p = paragraphs[i];
      const a = pos(p, from % Math.max(1, p.length));
      return p.slice(a, pos(p, a + len));
    });
  const block = fc
    .tuple(
      fc.array(para, { minLength: 1, maxLength: maxParas, size: 'max' }),
      fc.array(defect, { maxLength: 6 }),
      fc.constantFrom('', '\n', '\n\n'),
    )
    .map(([ps, ds, sep]) => {
      let text = ps.join('\n' + sep);
      for (const d of ds) text = injectDefect(text, d);
      return text.split('\n');
    });
  return fc.record({ lines: block, eol, breaks, language, origin: fc.constant('corpus' as const), shared });
}

/** The document arbitrary of a run: synthetic only when the corpus is absent. */
export function documents(paragraphs: readonly string[]): fc.Arbitrary<GenDoc> {
  // One document in eight is long (up to 40 lines): duplicates, heading sequences and outlines need room.
  const synthetic = fc.oneof({ weight: 7, arbitrary: syntheticDoc() }, { weight: 1, arbitrary: syntheticDoc(40, 30) });
  if (paragraphs.length === 0) return synthetic;
  return fc.oneof({ weight: 3, arbitrary: synthetic }, { weight: 2, arbitrary: corpusDoc(paragraphs) });
}
