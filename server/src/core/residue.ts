/**
 * Residue detection shared by the residue rules (no rule imports another): web-page clutter blocks
 * (no-web-clutter reports them, no-broken-line stays out of them) and the pinyin-annotation pattern
 * (no-pinyin-annotation reports it, clutter lines are recognised with it removed).
 */
import { isBlankText, isJsSpace } from './lines';
import type { Line, RuleContext } from './types';
import { codeUnitSet } from './chars';
import { lineFacts } from './line-facts';
import { passCarry } from './pass-carry';

/** Tone-marked pinyin letters. */
export const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** A pinyin annotation in parentheses after a Han character: 關(guān). */
export const PINYIN_ANNOTATION_SOURCE = `[(（][a-zü${TONED}]{1,6}[)）]`;

/**
 * Web-page chrome copied along with a document: paywall notices (隐藏内容, 此处内容需要权限查看,
 * 会员免费查看, …用户特权:), CMS header lines (时间:2022-11-05 08:31:50, 发布时间：…, 来源：…),
 * 范文-site blurbs (开篇：…下面是小编精心整理的…篇), 【…】相关文章 lists, toolbars
 * (下载 打印 收藏, 【字号：加大 还原 减小】) and the Wikisource licence notice at the end of a page.
 * Every pattern matches a whole line (trimmed), so body sentences mentioning 来源 or 下载 stay.
 * The suggestion fix deletes the line including its line break.
 *
 * Portal chrome is modelled as a family rather than string by string (see chromeKind): short lines made
 * only of link-like words, icon labels and `label：value` fields — share bars (分享到：微信 微博 QQ空间),
 * QR prompts (扫一扫在手机打开当前页), breadcrumbs (首页 > 新闻中心 > 通知公告), article info bars
 * (来源：… 发布时间：… 浏览次数：), font-size bars (【字体：大 中 小】), previous/next links (上一篇：…),
 * editor's notes (小编提醒：…) and footers (ICP备案, 网站标识码, 公网安备). Weak lines — bare icon labels
 * (微信 微博), 主办单位/承办单位/版权所有, link rows (联系我们 | 网站地图), 相关链接 — count only in the first or
 * last 15 non-blank lines and next to another chrome line, so a notice's own 主办单位：… line stays.
 */

export const PINYIN_RE = new RegExp(PINYIN_ANNOTATION_SOURCE, 'g');
export const BULLETS_RE = /^[\s\u3000•·●◆■▪\-*]+|[\s\u3000]+$/gu;

type Kind = 'paywall' | 'header' | 'blurb' | 'toolbar' | 'source' | 'chrome';

/** The code units of `chars`, for first-character gates. */

/**
 * Line patterns with a gate each: a necessary condition on the line's first character (or a literal it must
 * hold), tested before the regex. A gate never changes a result, it only skips regexes that cannot match.
 */
export const LINE_PATTERNS: readonly (readonly [RegExp, Kind, (t: string, first: number) => boolean])[] = [
  [/^(?:隐藏内容|隱藏內容)$/u, 'paywall', (_, c) => HIDDEN_FIRST.has(c)],
  [/^此[处處]内容需要(?:权限|權限|登录|登錄|登陆|付费|付費|会员|會員)/u, 'paywall', (_, c) => THIS_FIRST.has(c)],
  [/^(?:会员|會員|VIP)?(?:免费|免費)(?:查看|下载|下載|阅读|閱讀)(?:全文)?$/u, 'paywall', (_, c) => FREE_FIRST.has(c)],
  [/^[\u4e00-\u9fffA-Za-z]{0,6}用[户戶]特[权權][:：]/u, 'paywall', (t) => privilegeAt(t)],
  [/^(?:时间|時間)[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u, 'header', (_, c) => TIME_FIRST.has(c)],
  [
    /^(?:发布|發布|更新|发表|發表)(?:时间|時間|日期)[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s.{0,30})?$/u,
    'header',
    (_, c) => PUBLISHED_FIRST.has(c),
  ],
  [
    /^(?:来源|來源|责任编辑|責任編輯|责编|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|点击量|點擊量)[:：].{0,40}$/u,
    'source',
    (_, c) => SOURCE_FIRST.has(c),
  ],
  [
    /^开篇[:：]|下面是小编|小编(?:精心)?(?:整理|收集|为大家|為大家|为你|為你)/u,
    'blurb',
    (t, c) => OPENING_FIRST.has(c) || t.includes('小编'),
  ],
];
/** 特 where the 用户特权 pattern has it: after at most 6 letters and 用户, code unit 2 to 8 (no search of the whole line). */
function privilegeAt(t: string): boolean {
  for (let i = 2; i <= 8 && i < t.length; i++) if (t.charCodeAt(i) === 0x7279) return true;
  return false;
}
const HIDDEN_FIRST = codeUnitSet('隐隱');
const THIS_FIRST = codeUnitSet('此');
const TIME_FIRST = codeUnitSet('时時');
const OPENING_FIRST = codeUnitSet('开');
const FREE_FIRST = codeUnitSet('会會V免');
const PUBLISHED_FIRST = codeUnitSet('发發更');
const SOURCE_FIRST = codeUnitSet('来來责責浏瀏阅閱点點');
/** First characters of LICENCE_START_RE and RELATED_HEAD_RE. */
const LICENCE_FIRST = codeUnitSet('本这這此');
const RELATED_FIRST = codeUnitSet('【相');

// A toolbar line: only toolbar words, separated by spaces, |, / or 【】.
const TOOLBAR_STRIP_RE = /[【】[\]|｜/\s\u3000·•]+/gu;
const TOOLBAR_RE =
  /^(?:下载|下載|打印|收藏|分享到?|关闭|關閉|窗口|本页|本頁|返回顶部|返回|顶部|頂部|字号[:：]?|字號[:：]?|加大|还原|還原|减小|減小|默认|默認|[大中小]|打印本页|关闭窗口)+$/u;
const TOOLBAR_NEEDS_RE = /下载|下載|打印|收藏|分享|字号|字號|关闭|關閉|返回顶部/u;

const RELATED_HEAD_RE = /^(?:【[^】]{1,80}】)?\s*相[关關](?:文章|阅读|閱讀|推荐|推薦)[:：]?$/u;
const RELATED_ITEM_RE = /\d{2}-\d{2}$/;

const LICENCE_START_RE = /^(?:本作品|这部作品|這部作品|此作品)/u;
const LICENCE_MARK_RE = /公有领域|公有領域|Public domain/u;

// Share targets and icon labels (simplified and traditional).
const ICON =
  '(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|人人网|豆瓣|抖音|今日头条|头条号|百度|复制链接|更多|Facebook|Twitter|LINE|Line|X|Email|E-mail|微信好友|微信朋友圈|分享|分享到|分享至)';
const SEP = '[\\s\u3000|｜/、·•:：]*';
const ICONS_RE = new RegExp(`^(?:${ICON}${SEP}){2,}$`, 'u');
const SHARE_RE = new RegExp(`^(?:分享到|分享至|分享|分享本文|分享給|分享到[:：]?)[:：]?${SEP}(?:${ICON}${SEP})+$`, 'u');
const QR_RE = /^(?:【|\[)?(?:微信)?(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|用微信扫描二维码|手机扫码|手機掃碼|扫码)/u;
const QR_TAIL_RE = /(?:手机|手機|打开|打開|当前页|當前頁|阅读|閱讀|浏览|瀏覽|关注|關注|分享|访问|訪問|查看|观看|觀看)/u;
const BREADCRUMB_RE =
  /^(?:(?:当前位置|您的位置|您现在的位置|你现在的位置|你的位置|所在位置|目前位置|現在位置|您的位置是)[:：]\s*.{0,60}|(?:网站首页|首页|首頁|主页|主頁)\s*(?:[>＞»›→]{1,2}\s*[^>＞»›→]{1,16}\s*){1,6})$/u;
const FIELD_LABEL =
  '(?:来源|來源|信息来源|資訊來源|文章来源|发布时间|發布時間|发布日期|發布日期|发文日期|更新时间|更新時間|浏览次数|瀏覽次數|浏览量|阅读量|閱讀量|阅读次数|点击数|點擊數|点击量|访问量|访问次数|作者|编辑|編輯|责任编辑|發布機構|发布机构|字号|字體|字体|日期|时间|時間)';
const FIELDS_RE = new RegExp(`^(?:【)?${FIELD_LABEL}[:：].{0,50}?(?:[\\s\u3000|｜]+${FIELD_LABEL}[:：].{0,50}?)+(?:】)?$`, 'u');
const FONT_BAR_RE =
  /^[【[(（]?\s*(?:字体|字體|字号|字號)\s*[:：]?\s*[【[]?\s*[大中小](?:\s*[|｜/]?\s*[大中小]){1,2}\s*[】\]]?(?:[\s\u3000|｜]*(?:打印本页|打印|关闭窗口|关闭|收藏|分享|纠错|我要纠错|【|】|\[|\]))*\s*[】\])）]?$/u;
const PREV_NEXT_RE =
  /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上一页|下一页|上一頁|下一頁)(?:[:：].{0,60}|$|\s+(?:下一篇|下一条|下一页|下一頁)(?:[:：].{0,60})?$)/u;
const EDITOR_NOTE_RE = /^(?:【)?小编(?:提醒|提示|寄语|说|有话说)(?:】)?[:：]/u;
const FOOTER_STRONG_RE =
  /ICP[备備]\s*\d{6,}号|ICP[备備]案?[号號]?[:：]|公网安备\s*\d{6,}|公網安備\s*\d{6,}|网站标识码|網站標識碼|^网站识别码|建议使用.{0,20}分辨率/u;
const FOOTER_WEAK_RE =
  /^(?:主办单位|承办单位|协办单位|主辦單位|承辦單位|技术支持|技術支援|维护单位|運維單位|运行维护|版权所有|版權所有|Copyright|©)\s*[:：©]?/iu;
const LINK_WORD =
  '(?:联系我们|聯絡我們|网站地图|網站地圖|使用帮助|关于我们|關於我們|网站声明|網站聲明|隐私声明|隱私權政策|设为首页|加入收藏|无障碍|無障礙|长者模式|关怀版|繁體|繁体|简体|English|登录|注册|首页|首頁|返回首页|网站导航|意见建议|纠错|我要纠错|相关链接|相關連結|相关新闻|相关信息|推荐阅读|热点推荐|打印本页|关闭窗口)';
const LINKS_RE = new RegExp(`^(?:${LINK_WORD}${SEP}){1,}$`, 'u');

/** Chrome strength of a normalised line: 2 strong (anywhere), 1 weak (needs a zone and a neighbour), 0 none. */
export function chromeKind(t: string): 0 | 1 | 2 {
  if (t.length > 90) return 0;
  // Every pattern but the footer's and the link row's is anchored at a label: a line starting otherwise can only be those.
  const c = t.charCodeAt(0);
  if (!CHROME_FIRST.has(c) && !isJsSpace(c)) return FOOTER_STRONG_RE.test(t) ? 2 : linkRow(t) ? 1 : 0;
  return chromeKindUngated(t);
}

/** First characters of the anchored chrome patterns (SHARE_RE … LINKS_RE below): labels, icon words, brackets. */
const CHROME_FIRST = codeUnitSet(
  '分当您你所目現网首主【来來信資文发發更浏瀏阅閱点點访作编編责字日时時[(（上下小微扫掃用手新腾Q朋人豆抖今头百复FTLXE承协技维運运版Cc©联聯網使关關隐隱设加无無长繁简登注返意纠我相推热打',
);

/** A row of short links: 中国政府网 | 省政府网站 | 市政府网站. */
function linkRow(t: string): boolean {
  if (t.length > 60 || !(t.includes('|') || t.includes('｜'))) return false;
  const items = t.split(/\s*[|｜]\s*/u);
  return items.length >= 2 && items.every((x) => x.length >= 2 && x.length <= 12 && !/[，。；！？,;!?]/u.test(x));
}

/** chromeKind without its first-character gate (exported for the test that holds the gate against it). */
export function chromeKindUngated(t: string): 0 | 1 | 2 {
  if (t.length > 90) return 0;
  if (SHARE_RE.test(t) || BREADCRUMB_RE.test(t) || FIELDS_RE.test(t) || FONT_BAR_RE.test(t)) return 2;
  if (PREV_NEXT_RE.test(t) || EDITOR_NOTE_RE.test(t) || FOOTER_STRONG_RE.test(t)) return 2;
  if (t.length <= 30 && QR_RE.test(t) && QR_TAIL_RE.test(t) && !/[。；]/u.test(t)) return 2;
  if (ICONS_RE.test(t) || (t.length <= 40 && FOOTER_WEAK_RE.test(t)) || (t.length <= 60 && LINKS_RE.test(t))) return 1;
  if (/^(?:分享到|分享至|分享)[:：]?$/u.test(t)) return 1;
  // A row of short links: 中国政府网 | 省政府网站 | 市政府网站.
  const items = t.split(/\s*[|｜]\s*/u);
  if (t.length <= 60 && items.length >= 2 && items.every((x) => x.length >= 2 && x.length <= 12 && !/[，。；！？,;!?]/u.test(x))) return 1;
  return 0;
}

/**
 * Lines of portal chrome: strong lines anywhere, weak lines in the top/bottom zone next to chrome. `classOf` gives
 * each line's chrome kind (with the rest of its class); `taken` marks the lines the first pass found. Per-line state lives in typed arrays: no map or set as long as the document.
 */
function chromeLines(lines: readonly Line[], taken: Uint8Array, classOf: (i: number) => ClutterClass): number[] {
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i].masked && !isBlankText(lines[i].text)) nonBlank.push(i);
  const kinds = new Uint8Array(lines.length);
  const out = new Uint8Array(lines.length);
  let found = 0;
  for (const i of nonBlank)
    if (!taken[i]) {
      kinds[i] = classOf(i).chrome;
      if (kinds[i] === 2) {
        out[i] = 1;
        found++;
      }
    }
  // Weak lines count only in the zone: the first and the last 15 non-blank lines.
  const zone = (n: number): boolean => n < 15 || n >= nonBlank.length - 15;
  const isClutter = (j: number | undefined): boolean => j !== undefined && (out[j] === 1 || taken[j] === 1);
  for (let changed = true; changed;) {
    changed = false;
    for (let n = 0; n < nonBlank.length; n = n === 14 && nonBlank.length - 15 > 15 ? nonBlank.length - 15 : n + 1) {
      const i = nonBlank[n];
      if (out[i] || kinds[i] !== 1 || !zone(n)) continue;
      if (isClutter(nonBlank[n - 2]) || isClutter(nonBlank[n - 1]) || isClutter(nonBlank[n + 1]) || isClutter(nonBlank[n + 2])) {
        out[i] = 1;
        found++;
        changed = true;
      }
    }
  }
  const result: number[] = [];
  for (let i = 0; found > 0 && i < out.length; i++) {
    if (out[i]) {
      result.push(i);
      found--;
    }
  }
  return result;
}

const BULLET_CODES = codeUnitSet('•·●◆■▪-*');

/** The line without pinyin annotations, leading bullets and spaces, trailing spaces. Returns `line` itself when there is nothing to remove. */
export function normalise(line: string): string {
  // Only a line with a parenthesis can hold an annotation, only a line starting with a bullet or a space, or ending
  // with a space, has anything for BULLETS_RE to strip: the usual line is returned as it is, without a copy.
  const t = line.includes('(') || line.includes('（') ? line.replace(PINYIN_RE, '') : line;
  if (t.length === 0) return t;
  const a = t.charCodeAt(0);
  return isJsSpace(a) || BULLET_CODES.has(a) || isJsSpace(t.charCodeAt(t.length - 1)) ? t.replace(BULLETS_RE, '') : t;
}

/** From each line to the end of the document: non-blank lines, whether one names 公有领域; the last non-blank line. */
interface LicenceTail {
  readonly nonBlank: Int32Array;
  readonly mark: Uint8Array;
  readonly last: number;
}

/** One backward pass, so that every licence-start line costs O(1) instead of a scan to the end of the document. */
function licenceTail(lines: readonly Line[]): LicenceTail {
  const nonBlank = new Int32Array(lines.length + 1);
  const mark = new Uint8Array(lines.length + 1);
  let last = -1;
  for (let j = lines.length - 1; j >= 0; j--) {
    const blank = isBlankText(lines[j].text);
    if (!blank && last < 0) last = j;
    nonBlank[j] = nonBlank[j + 1] + (blank ? 0 : 1);
    mark[j] = mark[j + 1] || (!blank && LICENCE_MARK_RE.test(lines[j].text)) ? 1 : 0;
  }
  return { nonBlank, mark, last };
}

export interface ClutterBlock {
  readonly kind: Kind | 'related' | 'licence';
  readonly firstLine: number;
  readonly lastLine: number;
}

/** What a line's text alone says for the clutter blocks (kept per line in the line facts, core/line-facts.ts). */
export interface ClutterClass {
  /** Nothing is left of the line once normalised. */
  readonly empty: boolean;
  /** It starts a Wikisource licence notice (本作品…). */
  readonly licence: boolean;
  /** It heads a 相关文章 list. */
  readonly related: boolean;
  /** Its kind of clutter line (LINE_PATTERNS, toolbar), if any. */
  readonly kind: Kind | undefined;
  /** Its chrome strength (chromeKind). */
  readonly chrome: 0 | 1 | 2;
}

/** The classes made so far, one object per distinct class (a document's lines share a handful). */
const CLASSES = new Map<string, ClutterClass>();

/** The class of a line of text to keep in its facts (see ClutterClass), shared with the lines of the same class. */
function sharedClass(line: string): ClutterClass {
  const c = classify(line);
  const k = `${c.empty} ${c.licence} ${c.related} ${c.kind} ${c.chrome}`;
  let shared = CLASSES.get(k);
  if (!shared) CLASSES.set(k, (shared = c));
  return shared;
}

/** The class of a line of text (see ClutterClass). */
function classify(line: string): ClutterClass {
  const t = normalise(line);
  const chrome = chromeKind(t);
  if (!t) return { empty: true, licence: false, related: false, kind: undefined, chrome };
  const first = t.charCodeAt(0);
  let kind: Kind | undefined;
  for (const [re, k, may] of LINE_PATTERNS) {
    if (may(t, first) && re.test(t)) {
      kind = k;
      break;
    }
  }
  if (!kind && t.length <= 40 && TOOLBAR_NEEDS_RE.test(t)) {
    const stripped = t.replace(TOOLBAR_STRIP_RE, '');
    if (stripped && TOOLBAR_RE.test(stripped)) kind = 'toolbar';
  }
  const licence = LICENCE_FIRST.has(first) && LICENCE_START_RE.test(t);
  const related = RELATED_FIRST.has(first) && RELATED_HEAD_RE.test(t);
  return kind || licence || related || chrome ? { empty: false, licence, related, kind, chrome } : PROSE;
}

/** The class of nearly every line (no object per line). */
const PROSE: ClutterClass = { empty: false, licence: false, related: false, kind: undefined, chrome: 0 };

/**
 * Lines of web clutter, computed once per check (also used by no-broken-line to stay out of them). Each line's class
 * is taken from the line facts when the check has them (an edit classifies its own line only), else made here.
 */
export function clutterBlocks(ctx: RuleContext<object>): readonly ClutterBlock[] {
  return ctx.memo('clutterBlocks', () => {
    const lines = ctx.doc.lines;
    const facts = lineFacts(ctx);
    // A line's class follows from its text alone: fixAll's later passes take those of the lines they left alone.
    const carry = facts ? undefined : passCarry(ctx);
    const own = facts ? undefined : (carry?.carried<ClutterClass>(ctx.doc, 'clutter') ?? new Array<ClutterClass | undefined>(lines.length));
    if (own) carry?.keep(ctx.doc, 'clutter', () => own);
    const classOf = (i: number): ClutterClass =>
      facts ? (facts[i].clutter ??= sharedClass(lines[i].text)) : (own![i] ??= classify(lines[i].text));
    const out: ClutterBlock[] = [];
    let tail: LicenceTail | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.masked || l.end === l.start) continue;
      const c = classOf(i);
      if (c.empty) continue;
      // Wikisource licence notice: 本作品… up to the end of the document, which names 公有领域.
      if (c.licence) {
        tail ??= licenceTail(lines);
        if (tail.mark[i] && tail.nonBlank[i] <= 40) {
          out.push({ kind: 'licence', firstLine: i, lastLine: Math.max(i, tail.last) });
          break;
        }
      }
      if (c.related) {
        let last = i;
        for (let j = i + 1; j < lines.length && !isBlankText(lines[j].text); j++) {
          if (!RELATED_ITEM_RE.test(lines[j].text.trim())) break;
          last = j;
        }
        out.push({ kind: 'related', firstLine: i, lastLine: last });
        i = last;
        continue;
      }
      if (c.kind) out.push({ kind: c.kind, firstLine: i, lastLine: i });
    }
    const taken = new Uint8Array(lines.length);
    for (const b of out) taken.fill(1, b.firstLine, b.lastLine + 1);
    // Consecutive chrome lines form one block (a weak line must go together with its strong neighbour).
    for (const i of chromeLines(lines, taken, classOf)) {
      const last = out[out.length - 1];
      if (last && last.kind === 'chrome' && last.lastLine === i - 1) out[out.length - 1] = { ...last, lastLine: i };
      else out.push({ kind: 'chrome', firstLine: i, lastLine: i });
    }
    return out.sort((a, b) => a.firstLine - b.firstLine);
  });
}
