// 公文预览 and 新建公文 in the real workbench (issue 15): the preview opens beside the editor and shows the
// pages the layout promises, follows edits, scrolls with the editor both ways, a click jumps to the line;
// 新建公文 opens a filled-in template. English UI. Run: bash scripts/e2e.sh test/e2e/preview.test.mjs
// (E2E_VSIX=… reuses a packaged .vsix). With E2E_UPDATE_IMAGES=1 (npm run test:e2e:images) the preview
// screenshot is copied to docs/images/preview.png for the README.

import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';

import * as h from './harness.mjs';
import { cursorLine, openInExplorer, scenario, shot, startWorkbench } from './workbench.mjs';

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

/** The preview webview's document (VS Code nests it in two iframes). */
async function previewFrame(page) {
  return waitFor(
    async () => {
      for (const f of page.frames()) {
        if (
          await f
            .locator('#pages')
            .count()
            .catch(() => 0)
        )
          return f;
      }
      return null;
    },
    { timeout: 30_000, message: 'the preview webview' },
  );
}

const pagesShown = (frame) => frame.evaluate(() => Number(document.body.dataset.pages || -1));

/** Line number of the first line the editor shows (1-based), from its line-number gutter. */
async function firstVisibleLine(page) {
  const nums = await page
    .locator(`${h.SELECTORS.activeEditor} .margin-view-overlays .line-numbers`)
    .evaluateAll((els) => els.map((e) => ({ top: parseFloat(e.parentElement.style.top) || 0, n: Number(e.textContent) })));
  nums.sort((a, b) => a.top - b.top);
  return nums.length ? nums[0].n : 0;
}

describe('公文预览 and 新建公文 (issue 15), English UI', { timeout: 600_000 }, () => {
  let server, browser, page, workspace, frame;
  const it = (name, fn) => scenario(() => page, name, fn);

  before(async () => {
    workspace = await h.makeWorkspace({ '通知.gongwen': `${TEXT}\n` });
    ({ server, browser, page } = await startWorkbench(workspace));
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (workspace) await fsp.rm(workspace, { recursive: true, force: true });
  });

  it('opens to the side and shows the expected number of A4 pages, with the red 发文机关标志 and the font report', async () => {
    await openInExplorer(page, '通知.gongwen');
    await waitFor(async () => (await h.activeEditorText(page)).includes('江南市人民政府文件'), { message: 'editor shows the document' });
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
    await shot(page, 'preview.png', 'preview.png');
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
    await page.keyboard.press('Control+Z');
    await waitFor(async () => (await frame.locator('.line', { hasText: '预览更新测试' }).count()) === 0, {
      message: 'the undo in the preview',
    });
  });

  it('scroll sync: scrolling the preview moves the editor, and the editor scrolls the preview', async () => {
    await h.goToLine(page, 1);
    assert.equal(await firstVisibleLine(page), 1);
    // Preview → editor: the first line of page 5 to the top of the preview.
    const target = await frame.locator('.page[data-page="5"] .line').first().getAttribute('data-line');
    await frame.evaluate((line) => document.querySelector(`.line[data-line="${line}"]`).scrollIntoView({ block: 'start' }), target);
    await waitFor(async () => Math.abs((await firstVisibleLine(page)) - (Number(target) + 1)) <= 1, {
      message: `editor scrolled to line ${Number(target) + 1}`,
    });
    // Editor → preview: back to the top of the document.
    await h.goToLine(page, 1);
    await page.keyboard.press('Control+Home');
    await waitFor(async () => (await frame.evaluate(() => window.scrollY)) < 200, { message: 'the preview back at the top' });
  });

  it('a click on a line of the preview puts the cursor on that line', async () => {
    const line = frame.locator('.line[data-element="signature"]');
    const src = Number(await line.getAttribute('data-line'));
    await line.scrollIntoViewIfNeeded();
    await line.click();
    await waitFor(async () => (await cursorLine(page)) === src + 1, { message: `cursor on line ${src + 1}` });
    assert.equal(src + 1, TEXT.split('\n').indexOf('江南市人民政府') + 1);
  });

  it('新建公文 opens an untitled .gongwen document from the chosen template', async () => {
    await h.runCommand(page, 'Gongwen: New 公文 document (新建公文)');
    await waitFor(async () => (await h.quickInputLabels(page)).some((l) => l.includes('Notice')), { message: 'the template pick' });
    await page.keyboard.insertText('Request');
    await waitFor(async () => (await h.quickInputLabels(page))[0]?.includes('请示'), { message: '请示 first' });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await h.activeEditorText(page)).includes('签发人：XX'), { message: 'the 请示 template in a new editor' });
    const tab = await page.locator(h.SELECTORS.activeTab).getAttribute('aria-label');
    assert.match(tab ?? '', /^Untitled/);
    // The first tab stop is selected: typing replaces the 发文机关 placeholder in the 标志 and the 署名.
    await page.keyboard.insertText('江南市人民政府');
    await waitFor(async () => !(await h.activeEditorText(page)).includes('XX市人民政府'), { message: 'both mirrors replaced' });
  });
});
