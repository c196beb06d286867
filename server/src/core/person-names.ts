/**
 * Likely personal names (楊双子, 理事長彭双浪, 申晋強將軍): a compact table of common 百家姓 surnames and of titles,
 * in both scripts. A character written in the other script, or in another variant form, inside such a name is the
 * person's own spelling (household registers keep 双, 强, 啓…): the script rules must not "correct" it silently.
 * Heuristic and deliberately generous: it only takes the safe fix away and lowers the severity.
 */
import { isHanCodePoint } from './chars';

/**
 * Common single surnames, traditional and simplified forms. Surnames that are also everyday function words
 * (和 於 由 向 常 全 成 明 文 時 關 高…) are left out: a name after them is still found through a title.
 */
const SINGLE =
  '王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘于' +
  '蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯' +
  '龍龙史陶黎賀贺顧顾毛郝龔龚邵錢钱嚴严覃武戴莫孔湯汤溫温康施牛樊葛邢齊齐易喬乔伍龐庞顏颜倪莊庄聶聂章魯鲁岳翟殷' +
  '詹申歐欧耿蘭兰焦俞左柳甘祝包寧宁尚舒阮柯紀纪梅童凌畢毕季裴霍涂苗谷盛曲翁冉駱骆藍蓝游辛靳管柴蒙鮑鲍喻祁蒲滕屈' +
  '饒饶牟艾尤陽阳穆卓古吉繆缪簡简麥麦褚婁娄竇窦戚岑宮宫卜晏衛卫柏宗瞿桂佟臧閔闵苟鄔邬卞姬仇欒栾隋刁巫寇桑郎甄' +
  '叢丛仲虞敖鞏巩佘池查苑遲迟鄺邝匡鞠荊荆冀郁胥儲储栗燕楚鄢諶谌奚粟冼藺蔺樓楼滿满聞闻厲厉仝郜闞阚屠朴禹漆' +
  '狄晉晋芮扈晁闕阙戈伏鹿邸雍辜裘亓邰赫杭逯茹諸诸嵇湛';

/** Compound surnames (歐陽, 司馬, 張簡…), both scripts. */
const COMPOUND: readonly string[] = (
  '歐陽 欧阳 司馬 司马 諸葛 诸葛 上官 東方 东方 皇甫 尉遲 尉迟 公孫 公孙 慕容 令狐 司徒 夏侯 長孫 长孙 宇文 張簡 张简 ' +
  '范姜 端木 軒轅 轩辕 西門 西门 澹臺 澹台 獨孤 独孤 南宮 南宫 張廖 张廖 簡江 简江'
).split(' ');

/** Titles and roles written before or after a name (理事長彭双浪, 申晋強將軍), both scripts. */
export const NAME_TITLES: readonly string[] = (
  '理事長 理事长 董事長 董事长 執行長 执行长 秘書長 秘书长 祕書長 部長 部长 次長 次长 局長 局长 處長 处长 院長 院长 市長 市长 ' +
  '縣長 县长 鎮長 镇长 鄉長 乡长 里長 里长 村長 村长 校長 校长 署長 署长 廳長 厅长 科長 科长 社長 社长 會長 会长 館長 馆长 所長 所长 ' +
  '站長 站长 省長 省长 區長 区长 州長 州长 議長 议长 主委 主任 主席 委員 委员 議員 议员 立委 總統 总统 總理 总理 將軍 将军 上將 上将 ' +
  '中將 中将 少將 少将 司令 書記 书记 召集人 代表 教授 博士 老師 老师 醫師 医师 律師 律师 作家 導演 导演 歌手 選手 选手 同志 先生 ' +
  '女士 經理 经理 主持人 創辦人 创办人 負責人 负责人 發言人 发言人 大使 領事 领事 主編 主编 記者 记者 董事 監事 监事 理事 幹事 干事 ' +
  '秘書 秘书 顧問 顾问 資政 参事 參事 研究員 研究员 指揮官 指挥官 艦長 舰长 隊長 队长 團長 团长 師長 师长 軍長 军长 上校 中校 少校 ' +
  '院士 法官 檢察官 检察官 教練 教练 演員 演员 得主 同學 同学 工程師 工程师 專員 专员 組長 组长 股長 股长 班長 班长'
).split(' ');

/** Characters that may stand right before a bare name (而楊双子著作, 的申晋強). */
const LEFT_GLUE = new Set('而與与和及由請请讓让向對对的是、，：；（');
/** Characters that may stand right after a bare name (彭双浪等, 楊双子著作, 柯勝强的). */
const RIGHT_GLUE = new Set('等的與与和及說说表指率著着曾也是在、，。：；）');

let singles: Set<number> | null = null;
let titles: Set<string> | null = null;
let titleLens: number[] = [];

function init(): void {
  if (singles) return;
  singles = new Set([...SINGLE].map((c) => c.codePointAt(0)!));
  titles = new Set(NAME_TITLES);
  titleLens = [...new Set(NAME_TITLES.map((t) => t.length))].sort((a, b) => b - a);
}

/** Length (UTF-16 units) of the surname starting at `s`: 2 for a compound one, 1 for a single one, 0 for none. */
export function surnameAt(text: string, s: number): number {
  init();
  if (COMPOUND.includes(text.slice(s, s + 2))) return 2;
  return singles!.has(text.charCodeAt(s)) ? 1 : 0;
}

/** True when a title (理事長, 局长…) ends at `end` (exclusive), not before `min`. */
export function titleEndsAt(text: string, end: number, min: number): boolean {
  init();
  for (const n of titleLens) if (end - n >= min && titles!.has(text.slice(end - n, end))) return true;
  return false;
}

/** True when a title starts at `start`, ending before `max`. */
export function titleStartsAt(text: string, start: number, max: number): boolean {
  init();
  for (const n of titleLens) if (start + n <= max && titles!.has(text.slice(start, start + n))) return true;
  return false;
}

function isHan(text: string, i: number): boolean {
  return isHanCodePoint(text.codePointAt(i) ?? -1);
}

/** All of text[s, e) are (BMP) Han characters. */
function allHan(text: string, s: number, e: number): boolean {
  for (let j = s; j < e; j++) if (!isHan(text, j)) return false;
  return true;
}

/**
 * True when the BMP character at `i` is part of the given name of a likely personal name inside [min, max):
 * a surname one or two characters before it, a name of 2–3 characters (3–4 with a compound surname), and
 * either a title right before the surname (理事長彭双浪, 部長彭啓明) or right after the name (申晋強將軍), or
 * a bare name between a boundary (punctuation, line edge, 而/的/與…) and a boundary (等/的/著/、…).
 */
export function inLikelyName(text: string, i: number, min: number, max: number): boolean {
  return surnameName(text, i, min, max) || titledName(text, i, min, max);
}

/**
 * A name of 2–3 characters right after a title and closed by a boundary, whatever its first character
 * (參議員佐藤啓、, 大使陶啓文。): foreign and uncommon surnames are not in the table.
 */
function titledName(text: string, i: number, min: number, max: number): boolean {
  for (let s = i; s >= Math.max(min, i - 2); s--) {
    if (!titleEndsAt(text, s, min)) continue;
    for (let e = Math.max(s + 2, i + 1); e <= s + 3 && e <= max; e++) {
      if (allHan(text, s, e) && (e === max || !isHan(text, e) || '、，。；：（）'.includes(text[e]))) return true;
    }
  }
  return false;
}

function surnameName(text: string, i: number, min: number, max: number): boolean {
  for (let s = i - 1; s >= Math.max(min, i - 3); s--) {
    const sl = surnameAt(text, s);
    if (sl === 0 || s + sl > i) continue;
    for (let e = s + sl + 1; e <= s + sl + 2 && e <= max; e++) {
      if (e <= i || !allHan(text, s, e)) continue;
      if (titleEndsAt(text, s, min) || titleStartsAt(text, e, max)) return true;
      const leftOk = s === min || !isHan(text, s - 1) || LEFT_GLUE.has(text[s - 1]);
      const rightOk = e === max || !isHan(text, e) || RIGHT_GLUE.has(text[e]);
      if (leftOk && rightOk) return true;
    }
  }
  return false;
}
