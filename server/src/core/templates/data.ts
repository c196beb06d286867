/**
 * The templates' text (see templates/index.ts for the `«key|prompt|sample»` markup). Written for this project
 * from the element order of GB/T 9704—2012 §7 and §10; the samples are invented organisations and events.
 */
import type { ElementKind } from '../elements/types';
import type { Template } from './index';

const RULE = '────────────────────────────';

const ORG = '«org|XX市人民政府|江南市人民政府»';
const DATE = '«date|20XX年X月X日|2026年3月2日»';
const RECORD = [
  RULE,
  '抄送：«cc|【请填写抄送机关】|市委办公室，市人大常委会办公室，市政协办公室»。',
  RULE,
  '«printer|XX市人民政府办公室|江南市人民政府办公室»　　　«pdate|20XX年X月X日|2026年3月2日»印发',
  RULE,
];

const lines = (...ls: (string | readonly string[])[]): string => `${ls.flat().join('\n')}\n`;

const NOTICE = lines(
  `${ORG}文件`,
  '',
  '«code|XX政发|江政发»〔«year|20XX|2026»〕«no|XX|5»号',
  '',
  '关于«subject|【请填写事由】|做好2026年春季防汛工作»的通知',
  '',
  '«recipients|【请填写主送机关】|各区人民政府，市政府各部门»：',
  '',
  '«opening|【请填写发文缘由】|为切实做好今年春季防汛工作，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。»',
  '一、«h1|【请填写一级标题】|提高思想认识»',
  '«p1|【请填写正文】|各区、各部门要充分认识防汛工作的重要性，压实防汛责任，做到早部署、早检查、早落实。»',
  '二、«h2|【请填写一级标题】|做好隐患排查»',
  '«p2|【请填写正文】|各区要在4月15日前完成辖区内河道、水库和易涝点的隐患排查，建立问题清单，限期整改到位。»',
  '',
  '附件：«att1|【请填写附件名称】|2026年春季防汛隐患排查清单»',
  '',
  ORG,
  DATE,
  '',
  '（此件公开发布）',
  '',
  '附件',
  '',
  '«att1»',
  '',
  '«attbody|【请填写附件内容】|排查对象包括河道堤防、中小型水库、城市易涝点和在建工程围堰。»',
  '',
  RECORD,
);

const REQUEST = lines(
  `${ORG}文件`,
  '',
  '«code|XX政|江政»〔«year|20XX|2026»〕«no|XX|12»号　　　　　　签发人：«signer|XX|王明远»',
  '',
  '关于«subject|【请填写请示事项】|申请安排城区排水管网改造资金»的请示',
  '',
  '«recipients|【请填写上级机关】|省人民政府»：',
  '',
  '«reason|【请填写请示缘由】|我市城区排水管网建成时间较早，管径偏小，汛期积水问题突出，群众反映强烈。»',
  '«ask|【请填写请示事项】|为解决上述问题，我市计划今年实施城区排水管网改造工程，总投资约3.2亿元，恳请省政府给予专项资金支持。»',
  '妥否，请批示。',
  '',
  ORG,
  DATE,
  '',
  '（联系人：«contact|XX|李华»，电话：«phone|【请填写联系电话】|0571-87654321»）',
  '',
  RECORD,
);

const REPORT = lines(
  `${ORG}文件`,
  '',
  '«code|XX政|江政»〔«year|20XX|2026»〕«no|XX|15»号　　　　　　签发人：«signer|XX|王明远»',
  '',
  '关于«subject|【请填写报告事项】|2025年安全生产工作情况»的报告',
  '',
  '«recipients|【请填写上级机关】|省人民政府»：',
  '',
  '«opening|【请填写报告缘由】|现将我市2025年安全生产工作情况报告如下。»',
  '一、«h1|【请填写一级标题】|主要工作»',
  '«p1|【请填写正文】|全年共开展安全检查1200余次，整改隐患3400余处，生产安全事故起数同比下降12%。»',
  '二、«h2|【请填写一级标题】|下一步打算»',
  '«p2|【请填写正文】|我市将继续完善安全生产责任体系，加强重点行业领域专项整治。»',
  '特此报告。',
  '',
  ORG,
  DATE,
  '',
  RECORD,
);

const LETTER = lines(
  '«org|XX市人民政府办公室|江南市人民政府办公室»',
  '',
  '«code|XX政办函|江政办函»〔«year|20XX|2026»〕«no|XX|8»号',
  '',
  '关于«subject|【请填写商洽事项】|商请支持举办长江生态保护论坛»的函',
  '',
  '«recipients|【请填写受文机关】|省生态环境厅»：',
  '',
  '«body|【请填写正文】|为宣传长江生态保护成果，我市拟于今年5月举办长江生态保护论坛，恳请贵厅在专家邀请等方面给予支持。»',
  '请予函复。',
  '',
  '«org»',
  DATE,
  '',
  '抄送：«cc|【请填写抄送机关】|市生态环境局»。',
);

const MINUTES = lines(
  '«meeting|XX会议|江南市人民政府常务会议»纪要',
  '',
  '第«no|XX|3»期',
  '',
  '«opening|【请填写会议概况】|3月1日，市长陈立主持召开市政府常务会议，研究春季防汛和城区排水管网改造工作。会议纪要如下。»',
  '一、«h1|【请填写议定事项】|关于春季防汛工作»',
  '«p1|【请填写正文】|会议要求各区各部门压实责任，4月15日前完成隐患排查。»',
  '二、«h2|【请填写议定事项】|关于城区排水管网改造»',
  '«p2|【请填写正文】|会议原则同意城区排水管网改造方案，由市住房城乡建设局组织实施。»',
  '',
  '出席：«present|【请填写出席人员】|陈立，周文，孙海»',
  '请假：«absent|【请填写请假人员】|吴强»',
  '列席：«attend|【请填写列席人员】|市住房城乡建设局、市水利局负责同志»',
  '',
  RECORD,
);

const REPLY = lines(
  `${ORG}文件`,
  '',
  '«code|XX政复|江政复»〔«year|20XX|2026»〕«no|XX|3»号',
  '',
  '«org»关于«subject|【请填写批复事项】|同意设立江南高新技术产业园区»的批复',
  '',
  '«recipients|【请填写请示单位】|江北区人民政府»：',
  '',
  '你区《关于«subject»的请示》（«ref|XX|江北政»〔«year»〕«refno|XX|9»号）收悉。现批复如下：',
  '一、«p1|【请填写批复意见】|同意设立江南高新技术产业园区。园区规划面积12平方千米，由你区负责建设和管理。»',
  '二、«p2|【请填写有关要求】|你区要加强组织领导。园区建设要严格落实耕地保护和生态环境保护要求。»',
  '',
  ORG,
  DATE,
  '',
  RECORD,
);

const OPINION = lines(
  `${ORG}文件`,
  '',
  '«code|XX政发|江政发»〔«year|20XX|2026»〕«no|XX|7»号',
  '',
  '«org»关于«subject|【请填写事项】|加快发展县域特色产业»的意见',
  '',
  '«recipients|【请填写主送机关】|各区人民政府，市政府各部门»：',
  '',
  '«opening|【请填写目的和依据】|为加快发展县域特色产业，促进农民增收，现提出如下意见。»',
  '一、«h1|【请填写一级标题】|总体要求»',
  '«p1|【请填写正文】|坚持因地制宜、突出特色，到2028年培育特色产业集群10个以上。»',
  '二、«h2|【请填写一级标题】|重点任务»',
  '«p2|【请填写正文】|各区要围绕茶叶、竹木和水产等产业，完善产业链条，培育龙头企业。»',
  '',
  ORG,
  DATE,
  '',
  '（此件公开发布）',
  '',
  RECORD,
);

const ORDER = lines(
  '«org|XX市人民政府|江南市人民政府»令',
  '',
  '第«no|XX|21»号',
  '',
  '«body|【请填写命令内容】|《江南市城市排水管理办法》已经2026年2月27日市人民政府第15次常务会议通过，现予公布，自2026年5月1日起施行。»',
  '',
  '«title|XX|市长»　«name|XX|陈立»',
  DATE,
);

const d = (zh: string, en: string) => ({ zh, en });
const HEAD: readonly ElementKind[] = ['issuerMark', 'docNumber'];
const RECORD_KINDS: readonly ElementKind[] = ['recordRule', 'cc', 'printer'];

export const TEMPLATE_SOURCES: readonly Template[] = [
  {
    id: '通知',
    genre: '通知',
    form: 'standard',
    label: d('通知', 'Notice'),
    description: d('文件格式，下行文：标志、文号、标题、主送、正文、附件、署名、版记', 'Standard form, to lower levels'),
    elements: [...HEAD, 'title', 'recipients', 'body', 'attachmentNote', 'signature', 'date', 'note', 'attachment', ...RECORD_KINDS],
    source: NOTICE,
  },
  {
    id: '请示',
    genre: '请示',
    form: 'standard',
    label: d('请示', 'Request'),
    description: d('上行文：文号与签发人同行，一文一事，主送一个机关', 'To a higher organ, with 签发人, one matter'),
    elements: [...HEAD, 'signer', 'title', 'recipients', 'body', 'signature', 'date', 'note', ...RECORD_KINDS],
    source: REQUEST,
  },
  {
    id: '报告',
    genre: '报告',
    form: 'standard',
    label: d('报告', 'Report'),
    description: d('上行文：汇报工作，不夹带请示事项', 'To a higher organ, no requests inside'),
    elements: [...HEAD, 'signer', 'title', 'recipients', 'body', 'signature', 'date', ...RECORD_KINDS],
    source: REPORT,
  },
  {
    id: '函',
    genre: '函',
    form: 'letter',
    label: d('函（信函格式）', 'Letter'),
    description: d('信函格式：标志不加“文件”，首页不显示页码', 'Letter form: no 文件 in the mark, no page number on page 1'),
    elements: [...HEAD, 'title', 'recipients', 'body', 'signature', 'date', 'cc'],
    source: LETTER,
  },
  {
    id: '纪要',
    genre: '纪要',
    form: 'minutes',
    label: d('纪要', 'Minutes'),
    description: d('纪要格式：会议名称加“纪要”，出席、请假、列席人员', 'Minutes form, with attendance lists'),
    elements: [...HEAD, 'body', 'attendance', ...RECORD_KINDS],
    source: MINUTES,
  },
  {
    id: '批复',
    genre: '批复',
    form: 'standard',
    label: d('批复', 'Reply'),
    description: d('下行文：答复下级请示，引用来文标题和文号', 'Reply to a request, citing its title and number'),
    elements: [...HEAD, 'title', 'recipients', 'body', 'signature', 'date', ...RECORD_KINDS],
    source: REPLY,
  },
  {
    id: '意见',
    genre: '意见',
    form: 'standard',
    label: d('意见', 'Opinion'),
    description: d('文件格式：对重要问题提出见解和处理办法', 'Standard form: views and measures on a matter'),
    elements: [...HEAD, 'title', 'recipients', 'body', 'signature', 'date', 'note', ...RECORD_KINDS],
    source: OPINION,
  },
  {
    id: '命令',
    genre: '命令',
    form: 'order',
    label: d('命令（令）', 'Order'),
    description: d('命令（令）格式：机关名称加“令”、令号、正文、签署', 'Order form: 令, number, text, signature'),
    elements: [...HEAD, 'body', 'signature', 'date'],
    source: ORDER,
  },
];
