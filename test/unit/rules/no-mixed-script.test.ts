import { noMixedScript } from '../../../server/src/core/rules/no-mixed-script';
import { runRuleTests } from '../../helpers/ruleTester';

const TW = { script: 'tw' as const };

runRuleTests(noMixedScript, {
  valid: [
    '各单位要高度重视，认真落实。',
    '预计全年增长3.5亿元，会议9:30开始，国办发〔2024〕5号，2021—2025年。',
    '详见 https://example.gov.cn/a.html，或发邮件至 gw@example.cn。',
    { name: 'Markdown code is masked', text: '运行 `convert 關於` 命令即可。', language: 'markdown' },
    { name: '瞭望, 慰藉, 覆盖, 沈阳 stay', text: '在瞭望塔上值守，感到慰藉，覆盖沈阳全市。' },
    // Dual-use characters used legitimately in simplified text (《通用规范汉字表》).
    { name: '乾 (乾县, 乾隆, 乾坤)', text: '乾县位于陕西省，乾隆年间修建，真是扭转乾坤。' },
    { name: '於 (surname)', text: '於老师和于老师都来了，於梨华是作家。' },
    { name: '夥 (获益甚夥)', text: '这次学习获益甚夥。' },
    { name: '徵 (宫商角徵羽)', text: '古代五音是宫商角徵羽。' },
    { name: '吒 (哪吒)', text: '孩子们爱看哪吒闹海。' },
    { name: '薹 (蒜薹)', text: '今年蒜薹丰收了。' },
    { name: '拚 (pàn)', text: '他拚弃了旧观念。' },
    { name: '袷 (袷袢)', text: '维吾尔族群众穿着袷袢。' },
    { name: '麽 (幺麽)', text: '不过是幺麽小丑罢了。' },
    { name: '瞭望 is kept by TSPhrases', text: '在瞭望塔上值守。' },
    { name: 'quotation and 书名号 in a simplified document', text: '他引用了《資治通鑑》的说法，认为要“實事求是”。' },
    { name: 'skip option: a word', text: '我们要促进發展。', options: { skip: ['發展'] } },
    // Traditional documents.
    '這裡的工作為民服務，我們將持續推動。',
    { name: '于謙 (surname, phrase keeps 于)', text: '于謙是明代名臣，我們紀念他的貢獻。' },
    { name: '范仲淹 (surname)', text: '范仲淹說過的話，我們一直記得。' },
    { name: '皇后, 公里', text: '皇后來過這裡，離這裡只有三公里。' },
    { name: '台 in a Taiwan document', text: '台灣的發展，我們一起努力。', shared: TW },
    { name: '占有 is Taiwan usage', text: '臺灣在國際上占有一席之地，這是我們的驕傲。' },
    { name: '不被干擾 (overlapping phrases disagree)', text: '確保供應鏈不被干擾，這是我們的責任。' },
    { name: 'quotation in a traditional document', text: '他說「这是简体」，我們繼續討論這個問題。' },
    {
      name: 'protectedWords: a name is never touched',
      text: '理事長彭双福出席，我們表示歡迎。',
      shared: { ...TW, protectedWords: ['彭双福'] },
    },
    { name: '秘書長 (Taiwan form of 祕)', text: '總統府秘書長出席，我們表示歡迎。' },
  ],
  invalid: [
    {
      // The document scan records no positions past an unpaired surrogate; the rule then looks at every character.
      name: 'an unpaired surrogate before the traditional characters',
      text: '后续工作\uD800將於下月开展，请各单位做好准备。',
      errors: [{ messageId: 'traditionalInSimplified', text: '將於' }],
      output: '后续工作\uD800将于下月开展，请各单位做好准备。',
    },
    {
      // Far from the start of the stretch, the phrase walk resumes at a cut: 关于 is still read as one phrase (關於).
      name: 'a phrase decides a simplified run at the end of a long traditional stretch',
      text: '我們將持續推動國家的發展，政府各部門要堅持改革開放，促進經濟社會協調發展，維護人民的權益，確保各項工作順利推進並取得實效，这是关于臺灣未來的重要工作。',
      errors: [{ messageId: 'simplifiedInTraditional', text: '这是关于' }],
      output:
        '我們將持續推動國家的發展，政府各部門要堅持改革開放，促進經濟社會協調發展，維護人民的權益，確保各項工作順利推進並取得實效，這是關於臺灣未來的重要工作。',
    },
    {
      name: 'traditional characters in a simplified document; 於 next to 將',
      text: '后续工作將於下月开展，请各单位做好准备。',
      errors: [{ messageId: 'traditionalInSimplified', text: '將於', severity: 'error' }],
      output: '后续工作将于下月开展，请各单位做好准备。',
    },
    {
      name: 'a pasted traditional paragraph is one finding',
      text: '我们要认真学习。我們要堅持科學發展觀，促進經濟社會協調發展。各单位要落实。',
      shared: { script: 'simplified' },
      errors: [{ messageId: 'traditionalInSimplified', text: '們要堅持科學發展觀，促進經濟社會協調發' }],
      output: '我们要认真学习。我们要坚持科学发展观，促进经济社会协调发展。各单位要落实。',
    },
    {
      name: '关於: dual-use character in a known phrase',
      text: '这是关於工作的通知，请各单位落实。',
      errors: [{ messageId: 'traditionalInSimplified', text: '於' }],
      output: '这是关于工作的通知，请各单位落实。',
    },
    {
      name: '乾燥: dual-use character in a known phrase',
      text: '今年气候乾燥，要注意防火。',
      errors: [{ messageId: 'traditionalInSimplified', text: '乾' }],
      output: '今年气候干燥，要注意防火。',
    },
    {
      name: 'phrase-aware: 理髮 → 理发, 瞭解 → 了解',
      text: '他去理髮店了，我们要瞭解情况。',
      errors: [
        { messageId: 'traditionalInSimplified', text: '髮' },
        { messageId: 'traditionalInSimplified', text: '瞭' },
      ],
      output: '他去理发店了，我们要了解情况。',
    },
    {
      name: 'runs are cut at protected words instead of dropped',
      text: '我们要学习於梨華的經驗。',
      shared: { protectedWords: ['於梨華'] },
      errors: [{ messageId: 'traditionalInSimplified', text: '經驗' }],
      output: '我们要学习於梨華的经验。',
    },
    {
      name: 'protected word inside a run: the two sides are reported separately',
      text: '我们认为發展於梨華經濟很重要。',
      shared: { protectedWords: ['於梨華'], script: 'simplified' },
      errors: [
        { messageId: 'traditionalInSimplified', text: '發' },
        { messageId: 'traditionalInSimplified', text: '經濟' },
      ],
      output: '我们认为发展於梨華经济很重要。',
    },
    {
      name: 'simplified-only character in a traditional document (safe fix)',
      text: '我們这次會議很重要，大家都來了。',
      errors: [{ messageId: 'simplifiedInTraditional', text: '这', severity: 'error' }],
      output: '我們這次會議很重要，大家都來了。',
    },
    {
      name: 'ambiguous 于 decided by 關于 (suggestion with candidates)',
      text: '關于這個問題，我們已經討論過了。',
      errors: [{ messageId: 'ambiguousSimplified', text: '于', severity: 'warning' }],
      output: '關於這個問題，我們已經討論過了。',
    },
    {
      name: 'ambiguous 范 decided by 示范; the surname 范 is not',
      text: '范先生說，這個示范項目很重要。',
      errors: [{ messageId: 'ambiguousSimplified', text: '范' }],
      output: '范先生說，這個示範項目很重要。',
    },
    {
      name: 'pinyin annotations do not hide the phrase: 關(guān)于',
      text: '關(guān)于科技局年終總結',
      shared: TW,
      errors: [{ messageId: 'ambiguousSimplified', text: '于' }],
      output: '關(guān)於科技局年終總結',
    },
    {
      name: '并 → 並, 合并 → 合併 (phrase-aware)',
      text: '我們要團結，并且把兩個單位合并。',
      shared: TW,
      errors: [
        { messageId: 'simplifiedInTraditional', text: '并' },
        { messageId: 'simplifiedInTraditional', text: '并' },
      ],
      output: '我們要團結，並且把兩個單位合併。',
    },
    {
      name: 'Taiwan standard for the fix: 这里 → 這裡',
      text: '这里的情況很好。',
      shared: TW,
      errors: [{ messageId: 'simplifiedInTraditional', text: '这里' }],
      output: '這裡的情況很好。',
    },
    // Personal names keep their own spelling: a note with a suggestion, never a safe fix (issue 11 item 1).
    {
      name: 'name after a title (理事長彭双福): note, suggestion only',
      text: '本會邀請臺灣資訊協會理事長彭双福、副理事長林美華出席座談，敬請查照。',
      shared: TW,
      errors: [{ messageId: 'likelyName', text: '双', severity: 'info', fixKind: 'suggestion' }],
      output: '本會邀請臺灣資訊協會理事長彭雙福、副理事長林美華出席座談，敬請查照。',
    },
    {
      name: 'name before a title (陳晋忠將軍)',
      text: '國防部函請各單位配合，並向晉升的陳晋忠將軍致賀。',
      shared: TW,
      errors: [{ messageId: 'likelyName', text: '晋', severity: 'info', fixKind: 'suggestion' }],
      output: '國防部函請各單位配合，並向晉升的陳晉忠將軍致賀。',
    },
    {
      name: 'bare name between boundaries (而楊双玉著作)',
      text: '本年度推薦書單多元，而楊双玉著作的散文集也在其中。',
      shared: TW,
      errors: [{ messageId: 'likelyName', text: '双', severity: 'info', fixKind: 'suggestion' }],
      output: '本年度推薦書單多元，而楊雙玉著作的散文集也在其中。',
    },
    {
      name: 'third character of a name (里長柯明强)',
      text: '市府感謝西寮里長柯明强的協助，災後清理工作順利完成。',
      shared: TW,
      errors: [{ messageId: 'likelyName', text: '强', severity: 'info', fixKind: 'suggestion' }],
      output: '市府感謝西寮里長柯明強的協助，災後清理工作順利完成。',
    },
    {
      name: 'ambiguous 于 in a name after a title (召集人曾于君)',
      text: '本案由工作小組召集人曾于君率領，教育部次長出席。',
      shared: TW,
      errors: [{ messageId: 'likelyName', text: '于', severity: 'info', fixKind: 'suggestion' }],
      output: '本案由工作小組召集人曾於君率領，教育部次長出席。',
    },
    {
      name: 'not a name: a simplified word in running text keeps its safe fix',
      text: '本局將持續推動双語教育政策，請各校配合辦理。',
      shared: TW,
      errors: [{ messageId: 'simplifiedInTraditional', text: '双', severity: 'error', fixKind: 'safe' }],
      output: '本局將持續推動雙語教育政策，請各校配合辦理。',
    },
    {
      name: 'a pasted simplified paragraph in a traditional document is one finding',
      text: '我們的工作很重要。我们要坚持科学发展观，促进经济社会协调发展。大家辛苦了。',
      shared: TW,
      errors: [{ messageId: 'simplifiedInTraditional', text: '们要坚持科学发展观，促进经济社会协调发' }],
      output: '我們的工作很重要。我們要堅持科學發展觀，促進經濟社會協調發展。大家辛苦了。',
    },
  ],
});
