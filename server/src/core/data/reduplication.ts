/**
 * Legitimate reduplication (GW-REP-004), our own compact list built from the forms named in the rule
 * catalogue (§7, appendix C: AA, AAB, ABB, AABC, ABCC words and the 公文 additions). AABB and the
 * 一X一X pattern are recognised by rule, and everything else is judged with the ICU word dictionary,
 * so this list only has to cover what a dictionary may segment apart.
 */

/** AA words and the AA part of longer words, space separated (simplified and traditional forms). */
export const AA_WORDS = (
  '看看 常常 天天 人人 谢谢 謝謝 渐渐 漸漸 刚刚 剛剛 纷纷 紛紛 层层 層層 牢牢 处处 處處 时时 時時 事事 个个 個個 默默 紧紧 緊緊 深深 统统 統統 ' +
  '往往 仅仅 僅僅 种种 種種 重重 等等 慢慢 轻轻 輕輕 大大 微微 远远 遠遠 好好 暗暗 缓缓 緩緩 匆匆 悄悄 想想 连连 連連 明明 偏偏 整整 隐隐 隱隱 ' +
  '小小 万万 萬萬 恰恰 狠狠 听听 聽聽 偷偷 试试 試試 谈谈 談談 频频 頻頻 细细 細細 稍稍 苦苦 年年 月月 岁岁 歲歲 日日 夜夜 声声 聲聲 ' +
  '件件 条条 條條 桩桩 樁樁 家家 户户 戶戶 村村 步步 节节 節節 代代 世世 生生 息息 欣欣 蒸蒸 念念 头头 頭頭 历历 歷歷 津津 孜孜 比比 ' +
  '井井 源源 滚滚 滾滾 浩浩 荡荡 蕩蕩 堂堂 区区 區區 累累 勃勃 济济 濟濟 翼翼 耿耿 纷纷 旦旦 仆仆 僕僕 彤彤 晶晶 甸甸 乎乎 团团 團團 ' +
  '面面 蒙蒙 悄悄 点点 點點 滴滴 巍巍 滔滔 谆谆 諄諄 殷殷 迢迢 芸芸 翩翩 徐徐 屡屡 屢屢 遲遲 迟迟 漫漫 炎炎 茸茸 斑斑 忡忡 腾腾 騰騰 ' +
  '洋洋 朗朗 佼佼 楚楚 兢兢 恳恳 懇懇 业业 業業 勤勤 切切 实实 實實 扎扎 紮紮 踏踏 确确 確確 清清 干干 乾乾 净净 淨淨 明明 白白 ' +
  '方方 上上 下下 前前 后后 後後 里里 裡裡 外外 反反 复复 復復 时时 刻刻 许许 許許 多多 千千 形形 色色 轰轰 轟轟 烈烈 ' +
  '妈妈 媽媽 爸爸 哥哥 姐姐 弟弟 妹妹 奶奶 爷爷 爺爺 叔叔 伯伯 婆婆 公公 太太 宝宝 寶寶 娃娃 星星 猩猩 ' +
  '人人 样样 樣樣 次次 回回 场场 場場 句句 字字 张张 張張 座座 片片 根根 块块 塊塊 批批 天天 分分 秒秒 ' +
  '快快 早早 高高 满满 滿滿 稳稳 穩穩 真真 乖乖 甜甜 暖暖 长长 長長 短短 红红 紅紅 火火 双双 雙雙 闪闪 閃閃 汪汪 ' +
  '哈哈 呵呵 嘻嘻 嘿嘿 隆隆 哗哗 嘩嘩 啪啪 咚咚 滴答 嗡嗡 ' +
  '一一 三三 两两 兩兩 万万 往往 通通 统统 比比 区区 寥寥 袅袅 茫茫 苍苍 蒼蒼 熊熊 冉冉 皑皑 皚皚 赫赫 堂堂 落落 行行 样样 ' +
  // 南南合作, 强强联合, 超超临界, 本本主义
  '陣陣 阵阵 南南 强强 強強 超超 本本 呦呦 商商 县县 縣縣 乡乡 鄉鄉 市市 村村 省省 校校 班班 组组 組組 队队 隊隊'
).split(' ');

/**
 * Longer words containing an adjacent doubled character that a dictionary may cut apart:
 * AAB, ABB, AABC, ABCC and the 公文 additions (appendix C.2). AABB (认认真真) is recognised by rule.
 */
export const REDUP_WORDS = // 公文增补
  (
    '久久为功 久久為功 层层压实 層層壓實 层层传导 层层落实 层层把关 节节攀升 節節攀升 事事关心 人人参与 处处留心 步步为营 ' +
    '件件有着落 事事有回音 年年有余 念念不忘 ' +
    // 跨词的固定说法
    '不了了之 了了可数 小时了了 一了了之 是是非非 对对联 ' +
    // AAB
    '团团转 面面观 蒙蒙亮 悄悄话 点点头 毛毛雨 呱呱叫 ' +
    // ABB
    '沉甸甸 红彤彤 亮晶晶 一个个 一步步 一次次 热乎乎 绿油油 黑乎乎 气冲冲 喜洋洋 乐呵呵 笑眯眯 静悄悄 慢腾腾 ' +
    '一批批 一项项 一件件 一条条 一天天 一年年 一代代 一层层 一道道 一张张 一座座 一位位 一排排 ' +
    // AABC
    '源源不断 息息相关 比比皆是 井井有条 欣欣向荣 蒸蒸日上 头头是道 历历在目 津津有味 孜孜不倦 节节胜利 代代相传 人人皆知 ' +
    '一一对应 一一列举 生生不息 彬彬有礼 姗姗来迟 侃侃而谈 夸夸其谈 滔滔不绝 振振有词 耿耿于怀 ' +
    // ABCC
    '生机勃勃 困难重重 顾虑重重 小心翼翼 忠心耿耿 议论纷纷 人才济济 硕果累累 信誓旦旦 风尘仆仆 雄心勃勃 兴致勃勃 ' +
    '千里迢迢 得意洋洋 喜气洋洋 杀气腾腾 热气腾腾 忧心忡忡 众目睽睽 虎视眈眈 白发苍苍 大名鼎鼎 衣冠楚楚 可怜巴巴 ' +
    '神采奕奕 文质彬彬'
  ).split(' ');

/**
 * Two-character words whose ABAB reduplication is ordinary Chinese (动词重叠 研究研究, and fixed
 * repetitions such as 彼此彼此). 加强加强 / 认真认真 are not among them: those are typing errors.
 */
export const ABAB_WORDS = (
  '研究 讨论 討論 考虑 考慮 学习 學習 商量 了解 瞭解 分析 休息 锻炼 鍛鍊 活动 活動 打听 琢磨 掂量 收拾 整理 比较 思考 交流 ' +
  '沟通 调查 體驗 体验 介绍 介紹 说明 準備 准备 清理 打扫 总结 練習 练习 关心 關心 帮助 幫助 熟悉 放松 合计 盘算 参观 ' +
  '调整 反思 尝试 检查 檢查 开导 溝通 批评 表扬 教育 热闹 高兴 舒服 凉快 暖和 轻松 清醒 ' +
  '彼此 很多 许多 許多 好久 良久 千万 千萬 大片 雪白 通红 一阵 一下 一点 谢谢 慢慢'
).split(' ');

/** Onomatopoeic characters: 哈哈哈 is not a typing error. */
export const ONOMATOPOEIA = new Set('哈呵嘻嘿啪哗嘩咚轰轟隆嗡嘀嗒叮当噹咕呱汪喵哒噠嘟啦呜嗚咯嘎吱喔哦啊呀嘘噗'.split(''));

/** Function words whose doubling is almost always a typing error (GW-REP-002). */
export const FUNCTION_CHARS = new Set(
  '的了在是和与與及就也而之其这這那着著过過把被为為于於对對向从從并並吧吗嗎呢地得将將以让讓给給但或及都又还還很所'.split(''),
);

/** Chinese numerals: runs such as 二〇〇〇 or 一一 are numbers, not repetition. */
export const NUMERAL_CHARS = new Set('〇零一二三四五六七八九十百千万萬亿億两兩'.split(''));
