/**
 * GB/T 9704—2012 page, grid and type figures: the one source for the live preview and the Word export.
 * Pure data plus a validating override (`layout` in .gongwenrc.json): the standard's "一般/推荐" values
 * may differ per organisation, so every figure here can be overridden and the standard is the default.
 *
 * Units: millimetres (`…Mm`) and points (`…Pt`). Conversions for OOXML are below (twips, half-points).
 */

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZES_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const;
export type TypeSizeName = keyof typeof TYPE_SIZES_PT;

/** The typefaces the standard names. */
export type FaceId = 'xiaobiaosong' | 'fangsong' | 'heiti' | 'kaiti' | 'songti';

export interface FaceSpec {
  /** The standard's name (shown to the user: "wanted 仿宋_GB2312"). */
  readonly label: string;
  /** The East Asian font name a .docx should name. */
  readonly wordName: string;
  /** CSS family names, the standard faces first, then common stand-ins (Linux/macOS), then a generic family. */
  readonly cssStack: readonly string[];
  /** How many names at the head of cssStack are the standard face itself (its aliases); the rest are stand-ins. */
  readonly standardNames: number;
}

export const FACES: Readonly<Record<FaceId, FaceSpec>> = {
  xiaobiaosong: {
    label: '方正小标宋简体',
    wordName: '方正小标宋简体',
    cssStack: [
      '方正小标宋简体',
      'FZXiaoBiaoSong-B05S',
      '方正小标宋_GBK',
      'FZXiaoBiaoSong-B05',
      '华文中宋',
      'STZhongsong',
      'Noto Serif CJK SC',
      'Source Han Serif SC',
      'SimSun',
      'serif',
    ],
    standardNames: 4,
  },
  fangsong: {
    label: '仿宋_GB2312',
    wordName: '仿宋_GB2312',
    cssStack: [
      '仿宋_GB2312',
      'FangSong_GB2312',
      '仿宋',
      'FangSong',
      'STFangsong',
      '华文仿宋',
      'Noto Serif CJK SC',
      'Source Han Serif SC',
      'serif',
    ],
    standardNames: 4,
  },
  heiti: {
    label: '黑体',
    wordName: '黑体',
    cssStack: ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'sans-serif'],
    standardNames: 2,
  },
  kaiti: {
    label: '楷体_GB2312',
    wordName: '楷体_GB2312',
    cssStack: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'AR PL UKai CN', 'serif'],
    standardNames: 4,
  },
  songti: {
    label: '宋体',
    wordName: '宋体',
    cssStack: ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
    standardNames: 2,
  },
};

/** Latin letters and digits in a .docx (the standard faces have poor Latin). */
export const LATIN_WORD_FONT = 'Times New Roman';

/** What is set in which type: one entry per kind of line the layout produces. */
export type TextRole =
  | 'body' // 正文, 主送机关, 署名, 日期, 附件说明, 附注: 3号仿宋
  | 'title' // 标题: 2号小标宋
  | 'heading1' // 一、: 3号黑体
  | 'heading2' // （一）: 3号楷体
  | 'heading3' // 1.: 3号仿宋
  | 'heading4' // （1）: 3号仿宋
  | 'issuerMark' // 发文机关标志: 小标宋, red (size chosen by the organisation; 推荐 not fixed)
  | 'docNumber' // 发文字号: 3号仿宋
  | 'secrecy' // 密级: 3号黑体
  | 'urgency' // 紧急程度: 3号黑体
  | 'copyNumber' // 份号: 3号仿宋 (Arabic)
  | 'signerName' // 签发人 names: 3号楷体
  | 'attachmentLabel' // 附件1 on an attachment page: 3号黑体
  | 'attendanceLabel' // 纪要 出席：…: 3号黑体
  | 'record' // 版记 抄送/印发: 4号仿宋
  | 'pageNumber'; // — 1 —: 4号半角宋体

export interface RoleType {
  readonly face: FaceId;
  readonly sizePt: number;
  readonly red?: boolean;
}

export interface LayoutSpec {
  readonly page: { readonly widthMm: number; readonly heightMm: number };
  /** 版心 (type area) without the page number. */
  readonly typeArea: { readonly widthMm: number; readonly heightMm: number };
  /** 天头 (top) and 订口 (left); bottom and right are derived (see `marginsOf`). */
  readonly margins: { readonly topMm: number; readonly leftMm: number };
  readonly grid: { readonly linesPerPage: number; readonly charsPerLine: number };
  readonly roles: Readonly<Record<TextRole, RoleType>>;
  /** CSS colour of the red elements (发文机关标志, 分隔线). */
  readonly red: string;
  /** 发文机关标志's upper edge below the type area's top (文件格式), mm. */
  readonly issuerMarkTopMm: number;
  /** 红色分隔线 below the 发文字号, mm. */
  readonly redRuleGapMm: number;
  /** 版记 rules: first and last thick, between thin (mm). */
  readonly recordRule: { readonly thickMm: number; readonly thinMm: number };
  /** Page number: the dash line this far below the type area; 一字 from the edge. */
  readonly pageNumber: { readonly belowTypeAreaMm: number; readonly dash: string };
  /** 信函格式 (§10.1). */
  readonly letter: {
    readonly issuerMarkFromPageTopMm: number;
    readonly doubleRuleLengthMm: number;
    readonly topRuleGapMm: number;
    readonly bottomRuleFromPageBottomMm: number;
  };
  /** 命令（令）格式: 标志 upper edge below the type area's top. */
  readonly orderIssuerMarkTopMm: number;
  /** 纪要格式: 标志 upper edge below the type area's top. */
  readonly minutesIssuerMarkTopMm: number;
}

const pt = TYPE_SIZES_PT;

/** The standard's figures. */
export const GBT9704: LayoutSpec = {
  page: { widthMm: 210, heightMm: 297 },
  typeArea: { widthMm: 156, heightMm: 225 },
  margins: { topMm: 37, leftMm: 28 },
  grid: { linesPerPage: 22, charsPerLine: 28 },
  roles: {
    body: { face: 'fangsong', sizePt: pt.三号 },
    title: { face: 'xiaobiaosong', sizePt: pt.二号 },
    heading1: { face: 'heiti', sizePt: pt.三号 },
    heading2: { face: 'kaiti', sizePt: pt.三号 },
    heading3: { face: 'fangsong', sizePt: pt.三号 },
    heading4: { face: 'fangsong', sizePt: pt.三号 },
    issuerMark: { face: 'xiaobiaosong', sizePt: pt.小初, red: true },
    docNumber: { face: 'fangsong', sizePt: pt.三号 },
    secrecy: { face: 'heiti', sizePt: pt.三号 },
    urgency: { face: 'heiti', sizePt: pt.三号 },
    copyNumber: { face: 'fangsong', sizePt: pt.三号 },
    signerName: { face: 'kaiti', sizePt: pt.三号 },
    attachmentLabel: { face: 'heiti', sizePt: pt.三号 },
    attendanceLabel: { face: 'heiti', sizePt: pt.三号 },
    record: { face: 'fangsong', sizePt: pt.四号 },
    pageNumber: { face: 'songti', sizePt: pt.四号 },
  },
  red: '#e60012',
  issuerMarkTopMm: 35,
  redRuleGapMm: 4,
  recordRule: { thickMm: 0.35, thinMm: 0.25 },
  pageNumber: { belowTypeAreaMm: 7, dash: '—' },
  letter: { issuerMarkFromPageTopMm: 30, doubleRuleLengthMm: 170, topRuleGapMm: 4, bottomRuleFromPageBottomMm: 20 },
  orderIssuerMarkTopMm: 20,
  minutesIssuerMarkTopMm: 35,
};

/** All four margins; bottom and right follow from the page and the type area. */
export function marginsOf(s: LayoutSpec): { topMm: number; leftMm: number; bottomMm: number; rightMm: number } {
  return {
    topMm: s.margins.topMm,
    leftMm: s.margins.leftMm,
    bottomMm: round2(s.page.heightMm - s.margins.topMm - s.typeArea.heightMm),
    rightMm: round2(s.page.widthMm - s.margins.leftMm - s.typeArea.widthMm),
  };
}

/** Line pitch (type-area height / lines) and character pitch (width / chars), mm. */
export function pitchOf(s: LayoutSpec): { lineMm: number; charMm: number } {
  return { lineMm: s.typeArea.heightMm / s.grid.linesPerPage, charMm: s.typeArea.widthMm / s.grid.charsPerLine };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---- OOXML units -------------------------------------------------------------------------------

export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (p: number): number => Math.round(p * 20);
/** Word `w:sz` is in half-points. */
export const ptToHalfPoints = (p: number): number => Math.round(p * 2);
export const MM_PER_PT = 25.4 / 72;

// ---- .gongwenrc.json `layout` override ----------------------------------------------------------

/** A problem in a `layout` override: JSON path and a message in both languages. */
export interface LayoutIssue {
  readonly path: string;
  readonly message: { readonly zh: string; readonly en: string };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

interface NumField {
  readonly path: string;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** The numeric settings an organisation may change, with sane bounds (mm, pt, counts). */
const NUM_FIELDS: readonly NumField[] = [
  { path: 'margins.topMm', min: 10, max: 80 },
  { path: 'margins.leftMm', min: 10, max: 80 },
  { path: 'typeArea.widthMm', min: 80, max: 200 },
  { path: 'typeArea.heightMm', min: 120, max: 280 },
  { path: 'grid.linesPerPage', min: 10, max: 40, integer: true },
  { path: 'grid.charsPerLine', min: 10, max: 40, integer: true },
  { path: 'issuerMarkTopMm', min: 0, max: 100 },
  { path: 'redRuleGapMm', min: 0, max: 30 },
];

const FACE_IDS = Object.keys(FACES) as FaceId[];
const ROLE_IDS = Object.keys(GBT9704.roles) as TextRole[];

function numIssue(path: string, f: NumField): LayoutIssue {
  const kind = f.integer ? '整数' : '数';
  return {
    path: `layout.${path}`,
    message: {
      zh: `layout.${path} 应为 ${f.min}–${f.max} 之间的${kind}，已忽略`,
      en: `layout.${path} must be a${f.integer ? 'n integer' : ' number'} from ${f.min} to ${f.max}; ignored`,
    },
  };
}

function sizeOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 5 && v <= 72) return v;
  if (typeof v === 'string' && Object.prototype.hasOwnProperty.call(TYPE_SIZES_PT, v)) return TYPE_SIZES_PT[v as TypeSizeName];
  return undefined;
}

function roleOverride(role: TextRole, v: unknown, base: RoleType, issues: LayoutIssue[]): RoleType {
  const path = `layout.roles.${role}`;
  if (!isObj(v)) {
    issues.push({
      path,
      message: { zh: `${path} 应为对象 {"face", "size"}，已忽略`, en: `${path} must be an object {"face", "size"}; ignored` },
    });
    return base;
  }
  let out = base;
  const face = own(v, 'face');
  if (face !== undefined) {
    if ((FACE_IDS as unknown[]).includes(face)) out = { ...out, face: face as FaceId };
    else
      issues.push({
        path: `${path}.face`,
        message: { zh: `${path}.face 应为 ${FACE_IDS.join('、')} 之一`, en: `${path}.face must be one of ${FACE_IDS.join(', ')}` },
      });
  }
  const size = own(v, 'size');
  if (size !== undefined) {
    const p = sizeOf(size);
    if (p !== undefined) out = { ...out, sizePt: p };
    else
      issues.push({
        path: `${path}.size`,
        message: {
          zh: `${path}.size 应为字号名（如“三号”）或 5–72 磅`,
          en: `${path}.size must be a type size name (e.g. "三号") or 5–72 pt`,
        },
      });
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/**
 * The layout for a `layout` object from .gongwenrc.json (undefined → the standard). Unknown keys and
 * out-of-range values are reported and ignored; the rest applies. Never throws.
 */
export function resolveLayout(override: unknown, base: LayoutSpec = GBT9704): { spec: LayoutSpec; issues: LayoutIssue[] } {
  const issues: LayoutIssue[] = [];
  if (override === undefined) return { spec: base, issues };
  if (!isObj(override))
    return {
      spec: base,
      issues: [{ path: 'layout', message: { zh: 'layout 应为对象，已忽略', en: 'layout must be an object; ignored' } }],
    };
  const spec = JSON.parse(JSON.stringify(base)) as Mutable<LayoutSpec>;
  const known = new Set(['margins', 'typeArea', 'grid', 'roles', 'issuerMarkTopMm', 'redRuleGapMm', 'red']);
  for (const k of Object.keys(override)) {
    if (!known.has(k))
      issues.push({ path: `layout.${k}`, message: { zh: `未知的版式设置 layout.${k}`, en: `Unknown layout setting layout.${k}` } });
  }
  for (const f of NUM_FIELDS) {
    const parts = f.path.split('.');
    let v: unknown = override;
    for (const p of parts) v = isObj(v) ? own(v, p) : undefined;
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < f.min || v > f.max || (f.integer && !Number.isInteger(v))) {
      issues.push(numIssue(f.path, f));
      continue;
    }
    let target = spec as unknown as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) target = target[p] as Record<string, unknown>;
    target[parts[parts.length - 1]] = v;
  }
  const red = own(override, 'red');
  if (red !== undefined) {
    if (typeof red === 'string' && /^#[0-9a-fA-F]{6}$/.test(red)) spec.red = red;
    else issues.push({ path: 'layout.red', message: { zh: 'layout.red 应为 #RRGGBB 颜色', en: 'layout.red must be a #RRGGBB colour' } });
  }
  const roles = own(override, 'roles');
  if (isObj(roles)) {
    for (const [k, v] of Object.entries(roles)) {
      if ((ROLE_IDS as string[]).includes(k)) spec.roles[k as TextRole] = roleOverride(k as TextRole, v, spec.roles[k as TextRole], issues);
      else
        issues.push({
          path: `layout.roles.${k}`,
          message: { zh: `未知的文字角色 layout.roles.${k}`, en: `Unknown text role layout.roles.${k}` },
        });
    }
  }
  const m = marginsOf(spec);
  if (m.bottomMm < 5 || m.rightMm < 5) {
    issues.push({
      path: 'layout',
      message: {
        zh: '版心超出纸张（下白边或右白边小于 5 毫米），已改用标准版式',
        en: 'The type area does not fit the page (bottom or right margin under 5 mm); using the standard layout',
      },
    });
    return { spec: base, issues };
  }
  return { spec, issues };
}
