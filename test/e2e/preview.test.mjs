// 公文预览 and 新建公文 in the real workbench (issue 15): the preview opens beside the editor and shows the
// pages the layout promises, follows edits, scrolls with the editor both ways, a click jumps to the line;
// 新建公文 opens a filled-in template. English UI. Run: bash scripts/e2e.sh test/e2e/preview.test.mjs
// (E2E_VSIX=… reuses a packaged .vsix). The README's docs/images/preview.png is taken in the Chinese workbench of
// extension.test.mjs (npm run test:e2e:images), not here.

import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';

import * as h from './harness.mjs';
import {
  assertNoUnicodeBoxes,
  cursorLine,
  openFirstDocument,
  pagesShown,
  previewFrame,
  scenario,
  shot,
  startWorkbench,
  stopWorkbench,
} from './workbench.mjs';

const { waitFor } = h;

// The 通知 template filled in (core/templates), with 60 more body paragraphs: 93 source lines, and 8 pages
// by core/layout (test/unit/layout/paginate.test.ts checks the 3 pages of the template itself).
const NOTICE = [
  '江南市人民政府文件',
  '',
  '江政发〔2026〕5号',
  '',
  '关于做好2026年春季防汛工作的通知',
  '',
  '各区人民政府，市政府各部门：',
  '',
  '为切实做好今年春季防汛工作，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。',
  '一、提高思想认识',
  '各区、各部门要充分认识防汛工作的重要性，压实防汛责任，做到早部署、早检查、早落实。',
  '二、做好隐患排查',
  '各区要在4月15日前完成辖区内河道、水库和易涝点的隐患排查，建立问题清单，限期整改到位。',
  '',
  '附件：2026年春季防汛隐患排查清单',
  '',
  '江南市人民政府',
  '2026年3月2日',
  '',
  '（此件公开发布）',
  '',
  '附件',
  '',
  '2026年春季防汛隐患排查清单',
  '',
  '排查对象包括河道堤防、中小型水库、城市易涝点和在建工程围堰。',
  '',
  '────────────────────────────',
  '抄送：市委办公室，市人大常委会办公室，市政协办公室。',
  '────────────────────────────',
  '江南市人民政府办公室　　　2026年3月2日印发',
  '────────────────────────────',
];
const EXTRA = Array.from(
  { length: 60 },
  (_, i) => `各区要在第${i + 1}个工作周完成一次排查，对发现的问题建立台账，限期整改到位，并将结果报市防汛办备案。`,
);
const at = NOTICE.indexOf('各区要在4月15日前完成辖区内河道、水库和易涝点的隐患排查，建立问题清单，限期整改到位。') + 1;
const TEXT = [...NOTICE.slice(0, at), ...EXTRA, ...NOTICE.slice(at)].join('\n');
const EXPECTED_PAGES = 8;

/**
 * Where the line-number row of source line `line` (1-based) sits in the active editor, in editor rows from the top of
 * the viewport (`row`, undefined when the line is not rendered), and how many rows the sticky scroll header shows
 * (`sticky`). Rows under the header are rendered but hidden, so the first rendered line is not what the user sees.
 */
async function editorRow(page, line) {
  return page.locator(h.SELECTORS.activeEditor).evaluate((ed, n) => {
    const sticky = ed.querySelector('.sticky-widget');
    const stickyRows = sticky && sticky.getBoundingClientRect().height > 0 ? sticky.querySelectorAll('.sticky-line-content').length : 0;
    const top = ed.querySelector('.overflow-guard').getBoundingClientRect().top;
    const lineHeight = parseFloat(ed.querySelector('.view-line').style.height);
    const el = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => Number(e.textContent) === n);
    const row = el ? Math.round((el.getBoundingClientRect().top - top) / lineHeight) : undefined;
    return { row, sticky: stickyRows };
  }, line);
}

/**
 * VS Code's reveal "at top" leaves room for the sticky scroll header: it keeps max(editor.cursorSurroundingLines = 0,
 * editor.stickyScroll.maxLineCount = 5) rows above the revealed line (viewLines.ts, _computeScrollTopToRevealRange; at most half the viewport).
 */
const REVEAL_TOP_ROWS = 5;

describe('公文预览 and 新建公文 (issue 15), English UI', { timeout: 600_000 }, () => {
  let server, browser, page, workspace, frame;
  const it = (name, fn) => scenario(() => page, name, fn);

  before(async () => {
    workspace = await h.makeWorkspace({ '通知.gongwen': `${TEXT}\n` });
    ({ server, browser, page } = await startWorkbench(workspace));
  });

  after(() => stopWorkbench({ browser, server, workspace }));

  it('opens to the side and shows the expected number of A4 pages, with the red 发文机关标志 and the font report', async () => {
    // Opened once the extension runs (workbench.mjs openFirstDocument: microsoft/vscode#231224).
    await openFirstDocument(page, '通知.gongwen');
    await waitFor(async () => (await h.activeEditorText(page)).includes('江南市人民政府文件'), { message: 'editor shows the document' });
    // The [gongwen] configurationDefaults of package.json are in effect in the active editor: no ambiguous-Unicode boxes.
    // (editor.wordWrap is not checked here: no DOM measure tried so far told a wrapped editor from an unwrapped one.)
    await assertNoUnicodeBoxes(page, '通知.gongwen');
    await h.runCommand(page, 'Gongwen: Open 公文 preview to the side');
    frame = await previewFrame(page);
    await waitFor(async () => (await pagesShown(frame)) === EXPECTED_PAGES, {
      timeout: 30_000,
      message: `${EXPECTED_PAGES} pages in the preview`,
    });
    assert.equal(await frame.locator('.page').count(), EXPECTED_PAGES);
    const mark = frame.locator('.line[data-element="issuerMark"]');
    assert.equal(await mark.innerText(), '江南市人民政府文件');
    assert.match(await mark.evaluate((e) => getComputedStyle(e).color), /^rgb\(230, 0, 18\)$/);
    assert.deepEqual(
      await frame.locator('.page-number').allInnerTexts(),
      Array.from({ length: EXPECTED_PAGES }, (_, i) => `— ${i + 1} —`),
    );
    const report = JSON.parse((await frame.locator('#fonts').getAttribute('data-report')) || '[]');
    assert.ok(
      report.some((r) => r.wanted === '仿宋_GB2312'),
      JSON.stringify(report),
    );
    assert.match(await frame.locator('#fonts').innerText(), /^Fonts: /);
    await shot(page, 'preview.png'); // docs/images/preview.png: from the Chinese workbench of extension.test.mjs
  });

  it('updates after an edit (debounced)', async () => {
    await h.goToLine(page, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('预览更新测试');
    await waitFor(async () => (await frame.locator('.line', { hasText: '预览更新测试' }).count()) > 0, {
      message: 'the new text in the preview',
    });
    // Undo until the document is as it was (typing and the two line breaks may be separate undo steps).
    await waitFor(
      async () => {
        if ((await h.activeEditorText(page)).startsWith('江南市人民政府文件\n\n江政发〔2026〕5号')) return true;
        await page.keyboard.press('Control+Z');
        return false;
      },
      { message: 'the edit undone', interval: 300 },
    );
    await waitFor(async () => (await frame.locator('.line', { hasText: '预览更新测试' }).count()) === 0, {
      message: 'the undo in the preview',
    });
  });

  it('scroll sync: scrolling the preview moves the editor, and the editor scrolls the preview', async () => {
    await h.goToLine(page, 1);
    assert.deepEqual(await editorRow(page, 1), { row: 0, sticky: 0 });
    // Preview → editor: the first line of page 5 to the top of the preview.
    const target = Number(await frame.locator('.page[data-page="5"] .line').first().getAttribute('data-line'));
    await frame.evaluate((line) => document.querySelector(`.line[data-line="${line}"]`).scrollIntoView({ block: 'start' }), target);
    // The editor reveals that source line (1-based target + 1) at its top, REVEAL_TOP_ROWS rows down, just under the
    // sticky header (the 正文 and 二、 headings of the outline), which must not cover it.
    let last;
    await waitFor(
      async () => {
        last = await editorRow(page, target + 1);
        return last.row === REVEAL_TOP_ROWS && last.sticky <= REVEAL_TOP_ROWS;
      },
      { message: `editor scrolled to line ${target + 1}` },
    ).catch((e) => {
      e.message += ` (last: ${JSON.stringify(last)})`;
      throw e;
    });
    // Editor → preview: back to the top of the document.
    const previewTopLine = () =>
      frame.evaluate(() => {
        for (const el of document.querySelectorAll('.line')) if (el.getBoundingClientRect().bottom > 0) return Number(el.dataset.line);
        return -1;
      });
    assert.ok((await previewTopLine()) > 10, 'the preview is further down before');
    // The panel ignores editor scrolling for ECHO_MS = 400 ms after it moved the editor itself (client/src/preview/
    // panel.ts, so the reveal does not bounce back): the next scroll is a new user action, not part of that echo.
    await page.waitForTimeout(600);
    await h.goToLine(page, 1);
    await page.keyboard.press('Control+Home');
    await waitFor(async () => (await previewTopLine()) === 0, { message: 'the preview back at the first line (the 标志)' });
  });

  it('a click on a line of the preview puts the cursor on that line', async () => {
    const line = frame.locator('.line[data-element="signature"]');
    const src = Number(await line.getAttribute('data-line'));
    await line.scrollIntoViewIfNeeded();
    await line.click();
    await waitFor(async () => (await cursorLine(page)) === src + 1, { message: `cursor on line ${src + 1}` });
    assert.equal(src, TEXT.split('\n').indexOf('江南市人民政府', 10), 'the 署名 line of the source');
  });

  it('新建公文 opens an untitled .gongwen document from the chosen template', async () => {
    await h.runCommand(page, 'Gongwen: New 公文 document (新建公文)');
    await waitFor(async () => (await h.quickInputLabels(page)).some((l) => l.includes('Notice')), { message: 'the template pick' });
    await page.keyboard.insertText('Request');
    await waitFor(async () => (await h.quickInputLabels(page))[0]?.includes('请示'), { message: '请示 first' });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await h.activeEditorText(page)).includes('签发人：XX'), { message: 'the 请示 template in a new editor' });
    const tab = await page.locator('.part.editor .editor-group-container.active .tab.active').getAttribute('aria-label');
    assert.match(tab ?? '', /Untitled-\d/);
    // The first tab stop is selected: typing replaces the 发文机关 placeholder in the 标志 and the 署名.
    await page.keyboard.insertText('江南市人民政府');
    await waitFor(
      async () => {
        const text = await h.activeEditorText(page);
        return text.startsWith('江南市人民政府文件') && /\n江南市人民政府\n20XX年X月X日/.test(text);
      },
      { message: 'the 标志 and the 署名 (one tab stop, mirrored) replaced' },
    );
  });
});
