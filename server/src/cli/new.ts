/**
 * `gongwen-lint new <文种> [-o file]` and `gongwen-lint new --list`: a 公文 template (core/templates) with its
 * placeholders as plain prompts (XX, 【请填写事由】) that the no-placeholder rule reports until filled.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../core/index';
import { TEMPLATES, templateById, templateText } from '../core/templates/index';
import { describeFsError } from '../node/safeFs';
import type { Io } from './io';

const USAGE = {
  zh: '用法：gongwen-lint new <文种> [-o 文件]；gongwen-lint new --list 列出文种',
  en: 'usage: gongwen-lint new <kind> [-o file]; gongwen-lint new --list lists the kinds',
};

/**
 * One line per kind: the kind, then its description. The label is shown only in English, and only when the
 * description does not already begin with it (the Chinese label is the kind itself, or repeats the description's form).
 */
function listText(locale: Locale): string {
  const line = (t: (typeof TEMPLATES)[number]): string => {
    const { en } = t.label;
    const desc = t.description[locale];
    const word = en.split(/[\s(（]/)[0].toLowerCase();
    const showLabel = locale === 'en' && !desc.toLowerCase().startsWith(word);
    return `${t.id.padEnd(4, '　')}  ${showLabel ? `${en}: ${desc}` : desc}`;
  };
  return TEMPLATES.map(line).join('\n') + '\n';
}

interface NewArgs {
  kind?: string;
  out?: string;
  list: boolean;
  help: boolean;
  error?: { zh: string; en: string };
}

function parseNewArgs(argv: readonly string[]): NewArgs {
  const a: NewArgs = { list: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i];
    if (s === '--list' || s === '-l') a.list = true;
    else if (s === '--help' || s === '-h') a.help = true;
    else if (s === '-o' || s === '--output') {
      if (argv[i + 1] === undefined) return { ...a, error: { zh: `${s} 需要文件名`, en: `${s} needs a file name` } };
      a.out = argv[++i];
    } else if (s.startsWith('--output=')) a.out = s.slice(9);
    else if (s.startsWith('--locale')) {
      if (s === '--locale') i++;
    } else if (s.startsWith('-')) return { ...a, error: { zh: `未知选项“${s}”`, en: `unknown option "${s}"` } };
    else if (a.kind === undefined) a.kind = s;
    else return { ...a, error: { zh: `多余的参数“${s}”`, en: `unexpected argument "${s}"` } };
  }
  return a;
}

/** Runs `new`; resolves to the exit code (0, or 2 for usage and write errors). Never throws. */
export function runNew(argv: readonly string[], io: Io, locale: Locale): number {
  const fail = (m: { zh: string; en: string }): number => {
    io.stderr.write(`gongwen-lint new: ${locale === 'zh' ? '错误：' : 'error: '}${m[locale]}\n`);
    return 2;
  };
  const a = parseNewArgs(argv);
  if (a.error) return fail({ zh: `${a.error.zh}。${USAGE.zh}`, en: `${a.error.en}. ${USAGE.en}` });
  if (a.help) {
    io.stdout.write(`${USAGE[locale]}\n\n${listText(locale)}`);
    return 0;
  }
  if (a.list) {
    io.stdout.write(listText(locale));
    return 0;
  }
  if (a.kind === undefined) return fail(USAGE);
  const t = templateById(a.kind);
  if (!t) {
    const kinds = TEMPLATES.map((x) => x.id).join(locale === 'zh' ? '、' : ', ');
    return fail({ zh: `没有“${a.kind}”模板，可用的文种：${kinds}`, en: `no template "${a.kind}"; available: ${kinds}` });
  }
  const text = templateText(t);
  if (a.out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  const path = resolve(io.cwd, a.out);
  try {
    writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const { code, message } = describeFsError(e);
    if (code === 'EEXIST') return fail({ zh: `${a.out} 已存在，未覆盖`, en: `${a.out} exists; not overwritten` });
    return fail({ zh: `无法写入 ${a.out}：${message.zh}`, en: `cannot write ${a.out}: ${message.en}` });
  }
  io.stderr.write(locale === 'zh' ? `已写入 ${a.out}（${t.label.zh}模板）\n` : `wrote ${a.out} (${t.label.en} template)\n`);
  return 0;
}
