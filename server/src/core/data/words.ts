/**
 * Word tables of the wording rules, our own wrong → right data written from the rule catalogue
 * (§6 GW-WORD-001/003/004/006 and appendix A). Entries are literal strings; a few carry a guard that
 * looks at the context (see rules/no-misused-word.ts). Simplified Chinese only.
 *
 * Notation: 'wrong>right' separated by spaces.
 */

import { MISUSED_IDIOMS, MISUSED_WORDS } from './misused-extra';

export type Guard =
  /** ICU word boundaries at both ends: no word straddles the match (规定|货物 is not 定货). */
  | 'bounded'
  /** 截止 + time object (截止目前, 截止6月底) but not 截止日期/截止时间/截止到/截止于. */
  | 'jiezhi'
  /** 截止到 + 目前/今/现在. */
  | 'jiezhiDao'
  /** Only before punctuation or the end of the line (激动得不能自己。). */
  | 'clauseEnd'
  /** 既使 only in 既使如此 / 既使是 / 既使这样 (既…又… is right: 既使企业受益，又…). */
  | 'jishi';

export interface WordEntry {
  readonly wrong: string;
  readonly right: string;
  /** Safe for fix-all / format; otherwise a suggestion. */
  readonly safe: boolean;
  readonly guard?: Guard;
}

function parse(list: string, safe: boolean, guard?: Guard): WordEntry[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => {
      const [wrong, right] = p.split('>');
      return guard ? { wrong, right, safe, guard } : { wrong, right, safe };
    });
}

/** GW-WORD-001 截至 / 截止. */
export const JIEZHI: readonly WordEntry[] = [
  { wrong: '截止', right: '截至', safe: true, guard: 'jiezhi' },
  { wrong: '截止到', right: '截至', safe: false, guard: 'jiezhiDao' },
];

/**
 * GW-WORD-003: 《咬文嚼字》 common misused characters (appendix A) and frequent 公文 misspellings.
 * Whole words or idioms that are not words themselves: safe. Disputed ones (弦律, 渲泄, 了望, 坚苦) are left out.
 */
export const TYPOS: readonly WordEntry[] = [
  ...parse(
    '甘败下风>甘拜下风 自抱自弃>自暴自弃 针贬>针砭 泊来品>舶来品 脉博>脉搏 松驰>松弛 一愁莫展>一筹莫展 穿流不息>川流不息 ' +
      '精萃>精粹 渡假村>度假村 天翻地复>天翻地覆 言简意骇>言简意赅 气慨>气概 一股作气>一鼓作气 悬梁刺骨>悬梁刺股 粗旷>粗犷 ' +
      '食不裹腹>食不果腹 震憾>震撼 侯车室>候车室 迫不急待>迫不及待 一如继往>一如既往 草管人命>草菅人命 娇揉造作>矫揉造作 ' +
      '一诺千斤>一诺千金 不径而走>不胫而走 峻工>竣工 不落巢臼>不落窠臼 烩炙人口>脍炙人口 死皮癞脸>死皮赖脸 兰天白云>蓝天白云 ' +
      '鼎立相助>鼎力相助 再接再励>再接再厉 老俩口>老两口 黄梁美梦>黄粱美梦 水笼头>水龙头 杀戳>杀戮 痉孪>痉挛 美仑美奂>美轮美奂 ' +
      '罗唆>啰唆 蛛丝蚂迹>蛛丝马迹 萎糜不振>萎靡不振 沉缅>沉湎 名信片>明信片 默守成规>墨守成规 大姆指>大拇指 沤心沥血>呕心沥血 ' +
      '出奇不意>出其不意 修茸>修葺 磬竹难书>罄竹难书 入场卷>入场券 声名雀起>声名鹊起 发韧>发轫 欣尝>欣赏 谈笑风声>谈笑风生 ' +
      '人情事故>人情世故 有持无恐>有恃无恐 额首称庆>额手称庆 追朔>追溯 鬼鬼崇崇>鬼鬼祟祟 金榜提名>金榜题名 走头无路>走投无路 ' +
      '趋之若骛>趋之若鹜 迁徒>迁徙 洁白无暇>洁白无瑕 九宵>九霄 寒喧>寒暄 膺品>赝品 竭泽而鱼>竭泽而渔 滥芋充数>滥竽充数 ' +
      '醮水>蘸水 蜇伏>蛰伏 装祯>装帧 饮鸠止渴>饮鸩止渴 旁证博引>旁征博引 灸手可热>炙手可热 床第之私>床笫之私 姿意妄为>恣意妄为 ' +
      '编篡>编纂 一幅对联>一副对联 ' +
      '布署>部署 雷历风行>雷厉风行 励行节约>厉行节约 尊守>遵守 寄于厚望>寄予厚望 ' +
      '急待解决>亟待解决 贪脏枉法>贪赃枉法 名符其实>名副其实 精兵减政>精兵简政 集思广义>集思广益 迫在眉捷>迫在眉睫 必须品>必需品 ' +
      '罗辑>逻辑 烦燥>烦躁 急燥>急躁',
    true,
  ),
  // Real words elsewhere or names possible: suggestion only, with a word-boundary check.
  ...parse(
    '按装>安装 防碍>妨碍 幅射>辐射 凑和>凑合 打腊>打蜡 凭添>平添 亲睐>青睐 搔痒病>瘙痒病 挖墙角>挖墙脚 渡假>度假 ' +
      '坐阵>坐镇 做月子>坐月子 尤如>犹如 脏款>赃款 世外桃园>世外桃源 九洲>九州 题纲>提纲 暴光>曝光 重迭>重叠 贪脏>贪赃 ' +
      '竟争>竞争 赋于>赋予 给于>给予 装钉>装订',
    false,
    'bounded',
  ),
  // docs/sources/misused-words.md: idioms (safe) and short words (safe, word-boundary checked).
  ...parse(MISUSED_IDIOMS, true),
  ...parse(MISUSED_WORDS, true, 'bounded'),
  ...parse('不能自己>不能自已', false, 'clauseEnd'),
  ...parse('既使>即使', false, 'jishi'),
];

/**
 * GW-WORD-004: recommended forms of the 《第一批异形词整理表》 (GF 1001—2001) entries the catalogue lists.
 * 标志/标识 is deliberately absent (the two words have since been differentiated).
 */
export const VARIANTS: readonly WordEntry[] = [
  ...parse(
    '成份>成分 答覆>答复 澈底>彻底 筹画>筹划 出谋画策>出谋划策 耽心>担心 耽忧>担忧 雕敝>凋敝 简炼>简练 录象>录像 录相>录像 ' +
      '图象>图像 影象>影像 赢余>盈余 折衷>折中 直捷了当>直截了当 装璜>装潢 姿式>姿势 义无返顾>义无反顾 ' +
      '源源本本>原原本本 斩新>崭新 帐本>账本 帐目>账目',
    true,
  ),
  // Two-character forms that can straddle a word boundary (规定|货物, 原|由): checked with the dictionary.
  ...parse(
    '笔划>笔画 定单>订单 定阅>订阅 定户>订户 定货>订货 原故>缘故 左证>佐证 参预>参与 赐与>赐予 关连>关联 联接>连接 预会>与会 展转>辗转',
    true,
    'bounded',
  ),
];

/** GW-WORD-006: semantic redundancy at word level (cross-word ones such as 约…左右 are not matched). */
export const REDUNDANT: readonly WordEntry[] = parse(
  '截至到>截至 涉及到>涉及 波及到>波及 诉诸于>诉诸 见诸于>见诸 付诸于>付诸 目的是为了>目的是 凯旋归来>凯旋 免费赠送>赠送 ' +
    '亲眼目睹>目睹 一致共识>共识 重新再次>重新 切忌不要>切忌 提前预支>预支',
  true,
);
