/**
 * Residue detection shared by the residue rules (no rule imports another): web-page clutter blocks
 * (no-web-clutter reports them, no-broken-line stays out of them) and the pinyin-annotation pattern
 * (no-pinyin-annotation reports it, clutter lines are recognised with it removed).
 */
import type { RuleContext } from './types';

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
 */

const PINYIN_RE = new RegExp(PINYIN_ANNOTATION_SOURCE, 'g');
const BULLETS_RE = /^[\s\u3000•·●◆■▪\-*]+|[\s\u3000]+$/gu;

type Kind = 'paywall' | 'header' | 'blurb' | 'toolbar' | 'source';

const LINE_PATTERNS: readonly (readonly [RegExp, Kind])[] = [
  [/^(?:隐藏内容|隱藏內容)$/u, 'paywall'],
  [/^此[处處]内容需要(?:权限|權限|登录|登錄|登陆|付费|付費|会员|會員)/u, 'paywall'],
  [/^(?:会员|會員|VIP)?(?:免费|免費)(?:查看|下载|下載|阅读|閱讀)(?:全文)?$/u, 'paywall'],
  [/^[\u4e00-\u9fffA-Za-z]{0,6}用[户戶]特[权權][:：]/u, 'paywall'],
  [/^(?:时间|時間)[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u, 'header'],
  [/^(?:发布|發布|更新|发表|發表)(?:时间|時間|日期)[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s.{0,30})?$/u, 'header'],
  [/^(?:来源|來源|责任编辑|責任編輯|责编|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|点击量|點擊量)[:：].{0,40}$/u, 'source'],
  [/^开篇[:：]|下面是小编|小编(?:精心)?(?:整理|收集|为大家|為大家|为你|為你)/u, 'blurb'],
];

// A toolbar line: only toolbar words, separated by spaces, |, / or 【】.
const TOOLBAR_STRIP_RE = /[【】[\]|｜/\s\u3000·•]+/gu;
const TOOLBAR_RE =
  /^(?:下载|下載|打印|收藏|分享到?|关闭|關閉|窗口|本页|本頁|返回顶部|返回|顶部|頂部|字号[:：]?|字號[:：]?|加大|还原|還原|减小|減小|默认|默認|[大中小]|打印本页|关闭窗口)+$/u;
const TOOLBAR_NEEDS_RE = /下载|下載|打印|收藏|分享|字号|字號|关闭|關閉|返回顶部/u;

const RELATED_HEAD_RE = /^(?:【[^】]{1,80}】)?\s*相[关關](?:文章|阅读|閱讀|推荐|推薦)[:：]?$/u;
const RELATED_ITEM_RE = /\d{2}-\d{2}$/;

const LICENCE_START_RE = /^(?:本作品|这部作品|這部作品|此作品)/u;
const LICENCE_MARK_RE = /公有领域|公有領域|Public domain/u;

function normalise(line: string): string {
  return line.replace(PINYIN_RE, '').replace(BULLETS_RE, '');
}

export interface ClutterBlock {
  readonly kind: Kind | 'related' | 'licence';
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Lines of web clutter, computed once per check (also used by no-broken-line to stay out of them). */
export function clutterBlocks(ctx: RuleContext<object>): readonly ClutterBlock[] {
  return ctx.memo('clutterBlocks', () => {
    const lines = ctx.doc.lines;
    const out: ClutterBlock[] = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.masked || l.end === l.start) continue;
      const t = normalise(l.text);
      if (!t) continue;
      // Wikisource licence notice: 本作品… up to the end of the document, which names 公有领域.
      if (LICENCE_START_RE.test(t)) {
        let nonBlank = 0;
        let mark = false;
        let last = i;
        for (let j = i; j < lines.length; j++) {
          if (lines[j].text.trim() === '') continue;
          nonBlank++;
          last = j;
          if (LICENCE_MARK_RE.test(lines[j].text)) mark = true;
        }
        if (mark && nonBlank <= 40) {
          out.push({ kind: 'licence', firstLine: i, lastLine: last });
          break;
        }
      }
      if (RELATED_HEAD_RE.test(t)) {
        let last = i;
        for (let j = i + 1; j < lines.length && lines[j].text.trim() !== ''; j++) {
          if (!RELATED_ITEM_RE.test(lines[j].text.trim())) break;
          last = j;
        }
        out.push({ kind: 'related', firstLine: i, lastLine: last });
        i = last;
        continue;
      }
      let kind: Kind | undefined;
      for (const [re, k] of LINE_PATTERNS) {
        if (re.test(t)) {
          kind = k;
          break;
        }
      }
      if (!kind && t.length <= 40 && TOOLBAR_NEEDS_RE.test(t)) {
        const stripped = t.replace(TOOLBAR_STRIP_RE, '');
        if (stripped && TOOLBAR_RE.test(stripped)) kind = 'toolbar';
      }
      if (kind) out.push({ kind, firstLine: i, lastLine: i });
    }
    return out;
  });
}

