// End-to-end scenarios of the packaged extension (gongwen-lint.vsix) in a real VS Code
// workbench: what a person sees and does. Run through `npm run test:e2e` (scripts/e2e.sh
// packages the .vsix and passes it in GONGWEN_E2E_VSIX); alone:
//   GONGWEN_E2E_VSIX=gongwen-lint.vsix node --test test/e2e/extension.test.mjs
//
// Locale. code-server's UI is English unless a language pack for --locale is installed
// (`--locale zh-cn` alone falls back to "en"). In English VS Code picks package.nls.en.json and
// the extension speaks English. A Chinese user has the Chinese language pack installed; the
// main suite reproduces that with `--locale zh-cn` plus VS Code's own zh-hans translations
// (workbench.mjs ZH_PACK, built from npm by scripts/e2e-setup.sh) registered in languagepacks.json,
// exactly where VS Code records an installed pack: the chrome is Chinese (问题, 资源管理器, 行 9，列 9)
// and so are the README screenshots this suite takes (npm run test:e2e:images). Without that file the
// suite says so and falls back to a stub pack that translates nothing (Chinese extension texts,
// English chrome). Selectors and command names work in both: pane headers by their content, commands
// by their English titles, which the palette also matches in a localized workbench (harness runCommand).
// A second, short suite checks the English default.
//
// Every wait polls a condition (harness waitFor); no fixed sleeps.

import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import path from 'node:path';

import * as h from './harness.mjs';

import {
  assertNoUnicodeBoxes,
  chinesePack,
  codes,
  cursorLine,
  openFirstDocument,
  openInExplorer,
  pagesShown,
  positionText,
  previewFrame,
  scenario,
  shot,
  startWorkbench,
  stopWorkbench,
  statusText,
  waitProblems,
} from './workbench.mjs';

const { SELECTORS, waitFor } = h;

// ------------------------------------------------------------------ fixtures (our own texts)

const NOTICE = [
  '关于做好年度安全生产工作的通知', // 1
  '',
  '各区县人民政府，市政府各部门：', // 3
  '',
  '为切实做好年度安全生产工作，现将有关事项通知如下。', // 5
  '',
  '一、总体要求', // 7
  '',
  '各单位要高度重视,认真落实。', // 9: half-width comma at column 9
  '',
  '二、重点任务', // 11
  '',
  '（一）开展隐患排查', // 13
  '',
  '全面排查重点行业领域的风险隐患，2026年底前完成整改。', // 15: digits and a full-width ，, no orange box (issue 13 item 1)
  '',
  '（二）强化执法检查', // 17
  '',
  '依法查处各类违法违规行为。',
  '',
  '四、保障措施', // 21: numbering gap (三、 missing)
  '',
  '加强组织领导，强化责任落实。',
  '',
].join('\n');

const FIX_ALL = [
  '关于报送年度工作总结的通知',
  '',
  '各有关单位:',
  '',
  '根据工作安排,请各单位于12月20日前报送年度工作总结(含电子版)。',
  '',
  '一、报送内容',
  '',
  '全年工作完成情况。',
  '',
  '三、报送方式',
  '',
  '联系人:张三',
  '',
].join('\n');
const FIX_ALL_EXPECTED = FIX_ALL.replace('各有关单位:', '各有关单位：')
  .replace('根据工作安排,', '根据工作安排，')
  .replace('(含电子版)', '（含电子版）')
  .replace('联系人:张三', '联系人：张三');

const SAVE = ['关于召开工作会议的通知', '', '定于下周召开工作会议,请准时参加。', ''].join('\n');

const RC_DOC = [
  '关于开展专题调研的通知',
  '',
  '请各单位认真准备,按时参加。',
  '',
  '一、调研内容',
  '',
  '二、调研安排',
  '',
  '四、有关要求',
  '',
].join('\n');

// For the README's preview picture: a 红头 notice with a 文号, three headings, a signature and a date (no findings).
const PREVIEW = [
  '江北市人民政府办公室文件',
  '',
  '江北政办发〔2026〕12号',
  '',
  '关于做好2026年夏季安全生产工作的通知',
  '',
  '各区人民政府，市政府各部门：',
  '',
  '为切实做好今年夏季安全生产工作，防范遏制重特大事故，经市政府同意，现将有关事项通知如下。',
  '一、压实安全责任',
  '各区、各部门要严格落实安全生产责任制，主要负责人要亲自部署、亲自检查，做到责任到岗、措施到位。',
  '二、开展隐患排查',
  '各区要在6月30日前完成辖区内重点行业领域的隐患排查，建立问题清单，限期整改到位。',
  '三、加强应急值守',
  '汛期和高温期间要严格执行24小时值班和领导带班制度，遇有突发事件及时报告。',
  '',
  '江北市人民政府办公室',
  '2026年5月20日',
  '',
  '（此件公开发布）',
  '',
].join('\n');

const WORKSPACE = {
  '通知.gongwen': NOTICE,
  '预览.gongwen': PREVIEW,
  '全部修复.gongwen': FIX_ALL,
  '保存.gongwen': SAVE,
  'sub/调研.gongwen': RC_DOC,
};

const countHan = (s) => (s.match(/\p{Script=Han}/gu) || []).length;

// ------------------------------------------------------------------ Chinese UI (main suite)

describe('gongwen-lint.vsix in VS Code 1.96 (code-server), Chinese UI', { timeout: 600_000 }, () => {
  let server, browser, page, workspace;
  const it = (name, fn) => scenario(() => page, name, fn);
  const pack = chinesePack('extension.test.mjs, Chinese UI');
  const at = (line, column) => positionText(line, column, { chinese: pack.real });

  before(async () => {
    workspace = await h.makeWorkspace(WORKSPACE);
    ({ server, browser, page } = await startWorkbench(workspace, {
      locale: 'zh-cn',
      zhPack: pack.zhPack,
      settings: { 'remote.autoForwardPorts': false }, // no «端口 1» badge in the README screenshots
    }));
  });

  after(() => stopWorkbench({ browser, server, workspace }));

  it('opening a 公文 with defects: Problems panel, squiggles, hover, status bar', async () => {
    // Opened once the extension runs: an editor opened while the workbench starts misses the [gongwen] defaults.
    await openFirstDocument(page, '通知.gongwen');
    await h.openProblems(page);
    const list = await waitProblems(
      page,
      '通知.gongwen',
      (l) => codes(l).join() === 'heading-sequence,no-half-width-punctuation',
      'Problems: a half-width comma and a numbering gap in 通知.gongwen',
    );
    const comma = list.find((p) => p.code === 'no-half-width-punctuation');
    assert.equal(comma.severity, 'error');
    assert.equal(comma.message, '中文语境中的半角“,”应改为全角“，”');
    assert.equal(comma.source, 'gongwen');
    assert.ok(comma.position.includes(at(9, 9)), comma.position);
    const gap = list.find((p) => p.code === 'heading-sequence');
    assert.equal(gap.severity, 'warning');
    assert.match(gap.message, /编号跳号.*三、/);
    assert.ok(gap.position.includes(at(21, 1)), gap.position);

    // Squiggles in the editor: one error (the comma), one warning (四、).
    await waitFor(
      async () =>
        (await page.locator(SELECTORS.squiggleError).count()) >= 1 && (await page.locator(SELECTORS.squiggleWarning).count()) >= 1,
      { message: 'error and warning squiggles' },
    );

    // Status bar: problem count and 字数 (Han characters), tooltip in Chinese.
    const status = await waitFor(
      async () => {
        const s = await statusText(page);
        return /公文 2\s+字数 \d+/.test(s) ? s : null;
      },
      { message: 'status bar item "公文 2  字数 N"' },
    );
    assert.equal(Number(status.match(/字数 (\d+)/)[1]), countHan(NOTICE));
    assert.match(status, /1 个错误，1 个警告/);
    assert.match(status, /配置来源：VS Code 设置/);

    // Hovering the squiggle shows the message and the rule (the editor focused: no focused row in the Problems panel).
    await h.focusWorkbench(page);
    await h.mouseOver(page, SELECTORS.squiggleError);
    const hover = await h.waitHover(page, '中文语境中的半角“,”应改为全角“，”');
    assert.match(hover, /no-half-width-punctuation/);
    // Let the hover finish fading in before the screenshot.
    await waitFor(
      () =>
        page
          .locator(SELECTORS.hover)
          .first()
          .evaluate((el) => {
            for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).opacity !== '1') return false;
            return true;
          }),
      { message: 'hover fully faded in' },
    );
    // …and its status row has the quick fix link (at first it reads «Checking for quick fixes…», 「正在检查快速修复…」).
    await h.waitHover(page, '(Ctrl+.)');
    await assertNoUnicodeBoxes(page, '通知.gongwen');
    await shot(page, 'extension-problems.png', 'e2e-problems.png');
    await page.mouse.move(5, 5);
  });

  it('quick fix (Ctrl+.) on the half-width comma fixes it', async () => {
    await openInExplorer(page, '通知.gongwen');
    await h.goToLine(page, 9, 9);
    const titles = await h.openQuickFix(page);
    assert.ok(titles.includes('修复此问题'), `quick fixes: ${JSON.stringify(titles)}`);
    // Plain text and .gongwen: an ignore kept outside the document instead of a comment in it (issue 13 item 6).
    assert.ok(titles.includes('忽略此问题（半角标点）'), `quick fixes: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('修复所有可自动修复的问题'), `quick fixes: ${JSON.stringify(titles)}`);
    await shot(page, 'extension-quickfix.png', 'e2e-quickfix.png');
    await h.applyQuickFix(page, '修复此问题');
    await waitFor(async () => (await h.activeEditorText(page)).includes('各单位要高度重视，认真落实。'), {
      message: 'line 9 reads 各单位要高度重视，认真落实。',
    });
    await h.openProblems(page);
    await waitProblems(page, '通知.gongwen', (l) => codes(l).join() === 'heading-sequence', 'only the numbering gap is left');
    await waitFor(async () => /公文 1\s+字数/.test(await statusText(page)), { message: 'status bar count drops to 1' });
  });

  it('command «修复所有可自动修复的问题» fixes every safe problem and leaves the rest', async () => {
    await openInExplorer(page, '全部修复.gongwen');
    await h.openProblems(page);
    await waitProblems(page, '全部修复.gongwen', (l) => l.length === 6, 'six problems before fixing');
    await h.runCommand(page, '公文校对: 修复所有可自动修复的问题');
    await waitFor(async () => (await h.activeEditorText(page)).trimEnd() === FIX_ALL_EXPECTED.trimEnd(), {
      message: 'editor text with all punctuation fixed',
      timeout: 15_000,
    });
    const left = await waitProblems(
      page,
      '全部修复.gongwen',
      (l) => codes(l).join() === 'heading-sequence',
      'only the (unsafe) numbering gap is left',
    );
    assert.match(left[0].message, /编号跳号/);
  });

  it('saving a .gongwen file formats it on save (file on disk changes)', async () => {
    const file = path.join(workspace, '保存.gongwen');
    await openInExplorer(page, '保存.gongwen');
    await h.goToLine(page, 3, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('会议材料另行通知,请做好准备。');
    await waitFor(async () => (await h.activeEditorText(page)).includes('会议材料另行通知,请做好准备。'), {
      message: 'typed text in the editor',
    });
    assert.equal(await fsp.readFile(file, 'utf8'), SAVE, 'not saved yet');
    await page.keyboard.press('Control+S');
    const onDisk = await waitFor(
      async () => {
        const t = await fsp.readFile(file, 'utf8');
        return t !== SAVE && !t.includes(',') ? t : null;
      },
      { message: '保存.gongwen on disk formatted', timeout: 20_000 },
    );
    assert.equal(onDisk, '关于召开工作会议的通知\n\n定于下周召开工作会议，请准时参加。\n会议材料另行通知，请做好准备。\n');
    await waitFor(async () => !((await page.locator(SELECTORS.activeTab).first().getAttribute('class')) || '').includes('dirty'), {
      message: 'editor no longer dirty',
    });
  });

  it('Outline and «公文结构» show the elements and the heading tree under 正文; clicking a node moves the cursor; the gap is marked', async () => {
    await openInExplorer(page, '通知.gongwen');
    await h.goToLine(page, 1, 1);

    // VS Code's Outline (documentSymbol). Eight rows now (标题, 主送机关, 正文 and the headings): the file tree is
    // collapsed meanwhile so that the Outline pane renders them all (its list is virtual).
    // The file tree's header by its aria-label (translated): once collapsed, its pane has no body to find it by.
    const folderLabel = await page.locator(SELECTORS.explorerFoldersHeader).first().getAttribute('aria-label');
    const folderHeader = page.locator(`.pane-header[aria-label=${JSON.stringify(folderLabel)}]`).first();
    const folderOpen = (await folderHeader.getAttribute('aria-expanded')) === 'true';
    if (folderOpen) await folderHeader.click();
    // Expand the Outline by its header: its focus command is «Explorer: Focus on 大纲 View» in a Chinese workbench.
    const outlineHeader = page.locator(SELECTORS.outlineHeader).first();
    if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
    const outline = await waitFor(
      async () => {
        const rows = await page.locator(SELECTORS.outlineRow).evaluateAll((els) =>
          els.map((e) => ({
            label: e.querySelector('.label-name')?.textContent ?? '',
            level: Number(e.getAttribute('aria-level')),
          })),
        );
        return rows.some((r) => r.label === '四、保障措施') ? rows : null;
      },
      { message: 'outline rows' },
    );
    const lvl = (rows, label) => rows.find((r) => r.label === label)?.level;
    // A 公文 (title, 主送机关): its elements at the top level, the heading tree under 正文.
    assert.deepEqual(
      outline.map((r) => r.label),
      ['标题', '主送机关', '正文', '一、总体要求', '二、重点任务', '（一）开展隐患排查', '（二）强化执法检查', '四、保障措施'],
    );
    assert.equal(lvl(outline, '一、总体要求'), lvl(outline, '正文') + 1);
    assert.equal(lvl(outline, '（一）开展隐患排查'), lvl(outline, '二、重点任务') + 1);
    assert.equal(lvl(outline, '四、保障措施'), lvl(outline, '一、总体要求'));
    await page.locator(SELECTORS.outlineRow).filter({ hasText: '（二）强化执法检查' }).first().click();
    await waitFor(async () => (await cursorLine(page)) === 17, { message: 'cursor on line 17 after clicking the outline node' });

    // The «公文结构» tree view.
    await h.goToLine(page, 1, 1);
    // The view lives in the 公文校对 activity-bar container (issue 13 item 10), no longer in the Explorer.
    await h.runCommand(page, '公文校对: Focus on 公文结构 View');
    const VIEW = '公文结构';
    await page.locator(SELECTORS.viewPane(VIEW)).waitFor({ state: 'visible' });
    const nodes = await waitFor(
      async () => {
        const rows = await page.locator(SELECTORS.viewRow(VIEW)).evaluateAll((els) =>
          els.map((e) => ({
            label: e.querySelector('.label-name')?.textContent ?? '',
            description: e.querySelector('.label-description')?.textContent ?? '',
            icon: e.querySelector('.custom-view-tree-node-item-icon, .codicon')?.className ?? '',
            level: Number(e.getAttribute('aria-level')),
          })),
        );
        return rows.some((r) => r.label === '四、保障措施') ? rows : null;
      },
      { message: '公文结构 rows' },
    );
    assert.deepEqual(
      nodes.map((r) => r.label),
      [
        '标题：关于做好年度安全生产工作的通知',
        '主送机关：各区县人民政府，市政府各部门',
        '正文',
        '一、总体要求',
        '二、重点任务',
        '（一）开展隐患排查',
        '（二）强化执法检查',
        '四、保障措施',
      ],
    );
    assert.equal(lvl(nodes, '一、总体要求'), lvl(nodes, '正文') + 1);
    assert.equal(lvl(nodes, '（一）开展隐患排查'), lvl(nodes, '二、重点任务') + 1);
    const gapNode = nodes.find((r) => r.label === '四、保障措施');
    assert.match(gapNode.description, /编号跳号/);
    assert.match(gapNode.icon, /codicon-warning/);
    assert.equal(nodes.find((r) => r.label === '二、重点任务').description, '');
    // Collapse the Outline so the screenshot shows the «公文结构» tree roomily.
    if ((await outlineHeader.count()) && (await outlineHeader.getAttribute('aria-expanded')) === 'true') await outlineHeader.click();
    await page.locator(SELECTORS.viewRow(VIEW)).filter({ hasText: '四、保障措施' }).first().click();
    await waitFor(async () => (await cursorLine(page)) === 21, { message: 'cursor on line 21 after clicking 四、保障措施' });
    await shot(page, 'extension-structure.png', 'e2e-structure.png');
    await h.runCommand(page, 'View: Show Explorer'); // the next scenarios open files from the Explorer
    if (folderOpen) await folderHeader.click(); // the file tree, collapsed above for the Outline
  });

  it('changing .gongwenrc.json on disk updates the problems without a reload', async () => {
    await openInExplorer(page, 'sub/调研.gongwen');
    await h.openProblems(page);
    await waitProblems(
      page,
      '调研.gongwen',
      (l) => codes(l).join() === 'heading-sequence,no-half-width-punctuation',
      'comma and numbering gap before the config file exists',
    );
    const rc = path.join(workspace, 'sub', '.gongwenrc.json');
    await fsp.writeFile(rc, '{\n  // 本目录不检查半角标点\n  "rules": { "no-half-width-punctuation": "off" }\n}\n');
    await waitProblems(
      page,
      '调研.gongwen',
      (l) => codes(l).join() === 'heading-sequence',
      'no-half-width-punctuation turned off by .gongwenrc.json',
    );
    await waitFor(async () => (await statusText(page)).includes('.gongwenrc.json'), {
      message: 'status bar tooltip names .gongwenrc.json as the configuration source',
    });
    await fsp.writeFile(rc, '{ "rules": { "no-half-width-punctuation": "warning", "heading-sequence": "off" } }\n');
    const list = await waitProblems(
      page,
      '调研.gongwen',
      (l) => codes(l).join() === 'no-half-width-punctuation',
      'severity changed to warning and heading-sequence turned off',
    );
    assert.equal(list[0].severity, 'warning');
    await shot(page, 'extension-gongwenrc.png');
  });

  it('Settings UI lists the gongwen.* settings in Chinese', async () => {
    await h.searchSettings(page, 'gongwen');
    // The 12 gongwen.* settings (gongwen.ignoreStorage since issue 13), plus the [gongwen] language defaults (editor.formatOnSave…) that match too.
    const count = await page.locator(SELECTORS.settingsCount).innerText();
    // «N Settings Found», translated 「找到 N 个设置」.
    assert.ok(Number((count.match(/^(\d+) Settings? Found$|^找到 (\d+) 个设置$/) || []).slice(1).find(Boolean)) >= 12, `count: ${count}`);
    // The table of contents counts them under our configuration title (or, collapsed, under Extensions).
    const toc = await page.locator('.settings-editor .settings-toc-container').innerText();
    assert.match(toc, /(公文校对|Extensions|扩展)\s*\(12\)/, toc);
    // The list is virtualised: check the gongwen.* items that are rendered, all in Chinese.
    const shown = await waitFor(
      async () => {
        const items = await page.locator('.settings-editor .setting-item-contents[data-key^="gongwen."]').evaluateAll((els) =>
          els.map((e) => ({
            key: e.dataset.key,
            description: e.querySelector('.setting-item-description')?.textContent ?? '',
          })),
        );
        return items.length >= 3 ? items : null;
      },
      { message: 'gongwen.* settings rendered' },
    );
    for (const { key, description } of shown) assert.match(description, /\p{Script=Han}{2}/u, `${key}: ${description}`);
    await shot(page, 'extension-settings.png');
    // gongwen.run may be below the fold of the virtualised list: narrow the search.
    await h.searchSettings(page, 'gongwen.run');
    const run = page.locator(SELECTORS.settingItem('gongwen.run'));
    await run.waitFor({ state: 'visible' });
    assert.match(await run.locator('.setting-item-description').innerText(), /何时检查：输入时（onType）或保存时（onSave）/);
    assert.match(
      await run
        .locator('.setting-item-category')
        .innerText()
        .catch(() => ''),
      /公文校对|Gongwen/,
    );
  });
  it('公文预览 beside the editor, in Chinese: the red 标志, page numbers, the font report', async () => {
    // A clean window for the README picture: close every editor. Two documents the scenarios above changed are not
    // saved: VS Code asks, and Enter picks its default button, «Save All» (the labels are translated, the default is not).
    await h.runCommand(page, 'View: Close All Editors');
    const dialog = page.locator('.monaco-dialog-box');
    const closed = async () => (await page.locator('.part.editor .tabs-container .tab').count()) === 0;
    await waitFor(async () => (await closed()) || dialog.isVisible(), { message: 'every editor closed, or the save dialog' });
    if (await dialog.isVisible()) await page.keyboard.press('Enter');
    await waitFor(closed, { message: 'every editor closed' });
    await openInExplorer(page, '预览.gongwen');
    await h.openProblems(page);
    await waitFor(async () => /公文 0\s+字数/.test(await statusText(page)), { message: 'status bar 公文 0: no findings in 预览.gongwen' });
    // The whole height for the page: hide the panel (Ctrl+J toggles it; openProblems has just shown it).
    await page.keyboard.press('Control+J');
    await waitFor(async () => !(await page.locator('.part.panel').isVisible()), { message: 'the panel hidden' });
    await h.focusWorkbench(page);
    await assertNoUnicodeBoxes(page, '预览.gongwen');
    await h.runCommand(page, '公文校对: 在侧边打开公文预览');
    const frame = await previewFrame(page);
    const pages = await waitFor(async () => ((await pagesShown(frame)) > 0 ? pagesShown(frame) : null), {
      message: 'pages in the preview',
    });
    const mark = frame.locator('.line[data-element="issuerMark"]');
    assert.equal(await mark.innerText(), '江北市人民政府办公室文件');
    assert.match(await mark.evaluate((e) => getComputedStyle(e).color), /^rgb\(230, 0, 18\)$/);
    assert.deepEqual(
      await frame.locator('.page-number').allInnerTexts(),
      Array.from({ length: pages }, (_, i) => `— ${i + 1} —`),
    );
    // The webview's own texts follow the workbench language: 「字体：仿宋_GB2312 未安装…」 or 「字体：标准字体均已安装」.
    await waitFor(async () => /^字体：/.test(await frame.locator('#fonts').innerText()), { message: 'the font report in Chinese' });
    await shot(page, 'extension-preview.png', 'preview.png');
  });
});

// ------------------------------------------------------------------ English UI (code-server's default)

describe('gongwen-lint.vsix in VS Code 1.96 (code-server), default English UI', { timeout: 300_000 }, () => {
  let server, browser, page, workspace;
  const it = (name, fn) => scenario(() => page, name, fn);

  before(async () => {
    workspace = await h.makeWorkspace({ '通知.gongwen': NOTICE });
    ({ server, browser, page } = await startWorkbench(workspace));
  });

  after(() => stopWorkbench({ browser, server, workspace }));

  it('package.nls.en.json is used: English view name, status bar and messages', async () => {
    await openInExplorer(page, '通知.gongwen');
    await h.runCommand(page, 'Gongwen: Focus on Document Structure (公文结构) View');
    await page.locator(SELECTORS.viewPane('Document Structure (公文结构)')).waitFor({ state: 'attached' });
    await h.openProblems(page);
    const list = await waitProblems(page, '通知.gongwen', (l) => l.length === 2, 'two problems');
    assert.equal(
      list.find((p) => p.code === 'no-half-width-punctuation')?.message,
      'Half-width "," in Chinese text should be full-width "，"',
    );
    await waitFor(async () => /Gongwen 2\s+Chars \d+/.test(await statusText(page)), { message: 'status bar "Gongwen 2  Chars N"' });
    await shot(page, 'extension-en.png');
  });
});
