// Word export: the plan (pure), the OOXML it writes (page, grid, styles, page numbers), and the round trip
// export → import for every element fixture and every seed sample (../shared, skipped when absent).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { parseElements } from '../../../server/src/core/elements/index';
import { GBT9704, resolveLayout } from '../../../server/src/core/layout/spec';
import { parseConfigObject } from '../../../server/src/core/index';
import { TEMPLATES, templateSample, templateText } from '../../../server/src/core/templates/index';
import { exportDocx } from '../../../server/src/docx/export';
import { importDocx } from '../../../server/src/docx/import';
import { planParagraphs } from '../../../server/src/docx/plan';
import { condenseOf, gridOf } from '../../../server/src/docx/render';
import { ROOT, SHARED, SHARED_ABSENT } from '../../helpers/paths';

const REQUEST = [
  '江州市发展和改革委员会文件',
  '',
  '江发改〔2024〕8号',
  '签发人：王建国',
  '',
  '关于申请市级重大项目前期工作经费的请示',
  '',
  '市人民政府：',
  '　　为加快推进重大项目前期工作，现就有关事项请示如下。',
  '　　一、项目基本情况',
  '　　（一）总体安排。全年安排项目15个。',
  '　　妥否，请批示。',
  '',
  '　　附件：1.项目清单',
  '',
  '江州市发展和改革委员会',
  '2024年3月5日',
  '',
  '附件1',
  '',
  '项目清单',
  '',
  '　　江州港二期工程。',
].join('\n');

const normalise = (t: string): string =>
  t
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n?$/, '');

describe('docx export plan', () => {
  const plan = planParagraphs(REQUEST, parseElements(REQUEST, 'gongwen'));
  const find = (s: string) =>
    plan.find((p) =>
      p.runs
        .map((r) => r.text)
        .join('')
        .includes(s),
    )!;

  it('sets the issuer mark red and centred, the title as Title, headings as Heading 1/2', () => {
    assert.equal(find('委员会文件').runs[0].role, 'issuerMark');
    assert.equal(find('委员会文件').align, 'center');
    assert.equal(find('关于申请').heading, 'title');
    assert.equal(find('一、项目').heading, 1);
    assert.equal(find('（一）总体').heading, 2);
    // A run-in heading: the heading in 楷体, the sentence after it in 仿宋.
    assert.deepEqual(
      find('（一）总体').runs.map((r) => r.role),
      ['heading2', 'body'],
    );
  });

  it('puts 发文字号 and 签发人 on one line with the red rule below', () => {
    const dn = find('江发改');
    assert.equal(dn.borderBottom, 'red');
    assert.ok(dn.joinedWith, 'the 签发人 line is joined');
    assert.deepEqual(
      dn.joinedWith!.runs.map((r) => [r.text, r.role]),
      [
        ['签发人：', 'docNumber'],
        ['王建国', 'signerName'],
      ],
    );
    assert.ok(!plan.some((p) => p !== dn && p.runs.some((r) => r.text.startsWith('签发人'))));
  });

  it('starts each 附件 on a new page; lines with their own indent get no second one', () => {
    assert.equal(find('附件1').pageBreakBefore, true);
    assert.equal(plan.find((p) => p.runs.map((r) => r.text).join('') === '项目清单')?.align, 'center');
    assert.equal(find('为加快推进').firstLineChars, undefined);
  });

  it('draws 版记 rules: thick first and last', () => {
    const t = `${REQUEST}\n\n——————————\n抄送：市财政局。\n——————————\n江州市发展和改革委员会办公室　2024年3月5日印发`;
    const p = planParagraphs(t, parseElements(t, 'gongwen'));
    const rules = p.filter((x) => x.kind === 'recordRule');
    if (rules.length)
      assert.deepEqual(
        rules.map((r) => r.borderBottom),
        rules.map((_, i) => (i === 0 || i === rules.length - 1 ? 'thick' : 'thin')),
      );
    const cc = p.find((x) => x.runs.some((r) => r.text.startsWith('抄送')))!;
    assert.equal(cc.runs[0].role, 'record');
  });
});

describe('docx export OOXML', () => {
  it('writes A4, the 37/35/28/26 mm margins, the 22-line grid, odd/even page numbers and Heading styles', async () => {
    const files = unzipSync(await exportDocx(REQUEST));
    const doc = strFromU8(files['word/document.xml']);
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    assert.match(doc, /<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/, '3号 condensed to the 28-character pitch');
    assert.match(doc, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(doc, /<w:pStyle w:val="Title"\/>/);
    assert.match(doc, /<w:color w:val="E60012"\/>/);
    assert.match(strFromU8(files['word/settings.xml']), /<w:evenAndOddHeaders\/>/);
    const styles = strFromU8(files['word/styles.xml']);
    assert.match(styles, /w:styleId="Heading1".*?w:eastAsia="黑体"/s);
    assert.match(styles, /w:styleId="Heading2".*?w:eastAsia="楷体_GB2312"/s);
    assert.match(styles, /w:styleId="Title".*?w:eastAsia="方正小标宋简体".*?<w:sz w:val="44"\/>/s);
    const footers = Object.keys(files)
      .filter((f) => /^word\/footer\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]));
    assert.equal(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /PAGE/);
      assert.match(f, /— <\/w:t>/);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.ok(footers.some((f) => /<w:jc w:val="right"\/>/.test(f)) && footers.some((f) => /<w:jc w:val="left"\/>/.test(f)));
  });

  it('takes fonts and sizes from the layout in .gongwenrc.json', async () => {
    const { config, issues } = parseConfigObject({ layout: { roles: { body: { face: 'songti', size: '小三' } } } });
    assert.deepEqual(issues, []);
    const styles = strFromU8(unzipSync(await exportDocx('正文。', { config }))['word/styles.xml']);
    assert.match(styles, /<w:docDefaults>.*w:eastAsia="宋体".*<w:sz w:val="30"\/>/s);
    assert.equal(parseConfigObject({ layout: { grid: { linesPerPage: 99 } } }).issues.length, 1);
  });

  it('grid figures: 22 lines fit the type area; 3号 is condensed to the 28-character pitch', () => {
    const g = gridOf(GBT9704);
    assert.equal(g.linePitch, 579);
    assert.ok(g.linePitch * 22 <= Math.round((225 * 1440) / 25.4));
    const c = condenseOf(GBT9704, 16);
    assert.ok(c < 0 && (16 + c / 20) * 28 <= (156 / 25.4) * 72, `${c}`);
    assert.equal(condenseOf(resolveLayout({ grid: { charsPerLine: 26 } }).spec, 16), 0);
  });
});

describe('docx round trip: export → import gives the text back', () => {
  const check = async (name: string, text: string) => {
    const back = importDocx(await exportDocx(text));
    assert.equal(back, normalise(text), name);
  };
  const fixtures = join(ROOT, 'test', 'fixtures', 'elements');
  it('for every element fixture (drafts of every form)', async () => {
    const names = readdirSync(fixtures).filter((f) => f.endsWith('.gongwen'));
    assert.ok(names.length >= 20);
    for (const f of names) await check(f, readFileSync(join(fixtures, f), 'utf8'));
  });
  it('for every seed sample', { skip: SHARED_ABSENT }, async () => {
    const dir = join(SHARED!, 'samples');
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(names.length > 0);
    for (const f of names) await check(f, readFileSync(join(dir, f), 'utf8'));
  });
  it('for the request with 发文字号 and 签发人 joined on one line', () => check('request', REQUEST));
  it('for every template, with its prompts and filled with sample text', async () => {
    assert.ok(TEMPLATES.length >= 7);
    for (const t of TEMPLATES) {
      await check(`${t.id} (prompts)`, templateText(t));
      await check(`${t.id} (filled)`, templateSample(t));
    }
  });
});
