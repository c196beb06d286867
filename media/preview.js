// 公文预览 webview script (client/src/preview): draws the pages the language server laid out (core/layout),
// marks findings, reports which fonts it could use, and keeps scroll position in step with the editor.
// Runs under a strict CSP: no inline code, styles set through the CSSOM only.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const zh = document.body.dataset.locale !== 'en';
  const T = (a, b) => (zh ? a : b);
  const PX_PER_MM = 96 / 25.4;
  const MM_PER_PT = 25.4 / 72;
  const pagesEl = document.getElementById('pages');
  const statusEl = document.getElementById('status');
  const fontsEl = document.getElementById('fonts');

  let layout = null;
  let quietUntil = 0;
  let fontChoice = {};

  // ---- fonts: which family of each stack is installed (canvas measurement against generic fallbacks) ----
  const canvas = document.createElement('canvas');
  const ctx2d = canvas.getContext('2d');
  const SAMPLE = '公文永和国办发HgW1';
  const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
  const installedCache = new Map();
  function installed(family) {
    if (GENERIC.has(family)) return true;
    if (installedCache.has(family)) return installedCache.get(family);
    let yes = false;
    for (const base of ['monospace', 'serif', 'sans-serif']) {
      ctx2d.font = `40px ${base}`;
      const w0 = ctx2d.measureText(SAMPLE).width;
      ctx2d.font = `40px "${family}", ${base}`;
      if (ctx2d.measureText(SAMPLE).width !== w0) {
        yes = true;
        break;
      }
    }
    // document.fonts.check is true for a family it knows nothing about, so it only confirms a negative.
    if (yes && document.fonts && !document.fonts.check(`16px "${family}"`)) yes = false;
    installedCache.set(family, yes);
    return yes;
  }

  function chooseFonts(faces, roles) {
    const used = new Set(Object.values(roles).map((r) => r.face));
    const report = [];
    fontChoice = {};
    for (const id of used) {
      const f = faces[id];
      if (!f) continue;
      const found = f.cssStack.find((fam) => installed(fam)) || f.cssStack[f.cssStack.length - 1];
      fontChoice[id] = f.cssStack.map((x) => (GENERIC.has(x) ? x : `"${x}"`)).join(', ');
      report.push({ face: id, wanted: f.label, used: found, standard: f.cssStack.indexOf(found) < f.standardNames });
    }
    const fallbacks = report.filter((r) => !r.standard);
    fontsEl.textContent = fallbacks.length
      ? T('字体：', 'Fonts: ') +
        fallbacks.map((r) => T(`${r.wanted} 未安装，使用 ${r.used}`, `${r.wanted} not installed, using ${r.used}`)).join(T('；', '; '))
      : T('字体：标准字体均已安装', 'Fonts: all standard faces installed');
    fontsEl.dataset.report = JSON.stringify(report);
    vscode.postMessage({ type: 'fonts', report });
  }

  // ---- drawing ----
  function box(cls, x, y, w, h) {
    const d = document.createElement('div');
    d.className = cls;
    d.style.left = `${x}mm`;
    d.style.top = `${y}mm`;
    if (w !== undefined) d.style.width = `${w}mm`;
    if (h !== undefined) d.style.height = `${h}mm`;
    return d;
  }

  function drawLine(area, line, spec, marks, lineMm, charMm) {
    const el = box('line', line.xMm, line.yMm, line.widthMm, lineMm);
    el.style.lineHeight = `${lineMm}mm`;
    el.style.textAlign = line.align;
    el.dataset.line = String(line.srcLine);
    el.dataset.element = line.element;
    if (line.red) el.style.color = spec.red;
    for (const seg of line.segs) {
      const role = spec.roles[seg.role] || spec.roles.body;
      const s = document.createElement('span');
      const size = line.sizePt || role.sizePt;
      s.textContent = seg.text;
      s.className = `role-${seg.role}`;
      s.style.fontFamily = fontChoice[role.face] || 'serif';
      s.style.fontSize = `${size}pt`;
      // Body-size text sits on the 28-character grid: the advance of a full-width character is the grid pitch.
      if (size === spec.roles.body.sizePt) s.style.letterSpacing = `${charMm - size * MM_PER_PT}mm`;
      if (role.red) s.style.color = spec.red;
      if (seg.mark !== undefined && marks[seg.mark]) {
        const m = marks[seg.mark];
        s.classList.add('mark', `sev-${m.severity}`);
        s.title = m.rule ? `${m.message} (${m.rule})` : m.message;
      }
      el.appendChild(s);
    }
    area.appendChild(el);
  }

  function drawPage(page, spec, marks) {
    const lineMm = spec.typeArea.heightMm / spec.grid.linesPerPage;
    const charMm = spec.typeArea.widthMm / spec.grid.charsPerLine;
    const p = document.createElement('div');
    p.className = 'page';
    p.style.width = `${spec.page.widthMm}mm`;
    p.style.height = `${spec.page.heightMm}mm`;
    p.dataset.page = String(page.number);
    const area = box('type-area', spec.margins.leftMm, spec.margins.topMm, spec.typeArea.widthMm, spec.typeArea.heightMm);
    for (const r of page.rules) {
      const d = box('rule', r.xMm, r.yMm - r.thicknessMm / 2, r.widthMm, r.thicknessMm);
      d.style.background = r.red ? spec.red : '#000';
      area.appendChild(d);
    }
    for (const line of page.lines) drawLine(area, line, spec, marks, lineMm, charMm);
    p.appendChild(area);
    if (page.label) {
      const size = spec.roles.pageNumber.sizePt;
      const one = size * MM_PER_PT;
      const y = spec.margins.topMm + spec.typeArea.heightMm + spec.pageNumber.belowTypeAreaMm - (size * MM_PER_PT) / 2;
      const n = box('page-number', spec.margins.leftMm + one, y, spec.typeArea.widthMm - 2 * one);
      n.textContent = page.label;
      n.style.fontFamily = fontChoice[spec.roles.pageNumber.face] || 'serif';
      n.style.fontSize = `${size}pt`;
      n.style.textAlign = page.number % 2 === 1 ? 'right' : 'left';
      p.appendChild(n);
    }
    return p;
  }

  function fit() {
    if (!layout || !layout.spec) return;
    const pageWidthPx = layout.spec.page.widthMm * PX_PER_MM;
    const zoom = Math.min(1.5, Math.max(0.2, (window.innerWidth - 32) / pageWidthPx));
    pagesEl.style.zoom = String(zoom);
  }

  function render(result) {
    const top = topLine();
    layout = result;
    pagesEl.textContent = '';
    if (result.refused) {
      statusEl.textContent = result.refused;
      statusEl.className = 'refused';
      document.body.dataset.pages = '0';
      return;
    }
    chooseFonts(result.faces, result.spec.roles);
    const frag = document.createDocumentFragment();
    for (const page of result.pages) frag.appendChild(drawPage(page, result.spec, result.marks || []));
    pagesEl.appendChild(frag);
    const n = result.pages.length;
    statusEl.className = '';
    statusEl.textContent =
      T(`共 ${n} 页`, `${n} page${n === 1 ? '' : 's'}`) +
      (result.form && result.form !== 'none'
        ? ''
        : T('（未识别为公文，按正文排版）', ' (not recognised as a 公文: laid out as body text)'));
    document.body.dataset.pages = String(n);
    document.body.dataset.version = String(result.version);
    fit();
    if (top !== undefined) scrollToLine(top, false);
  }

  // ---- scroll sync and click ----
  function lineEls() {
    return pagesEl.querySelectorAll('.line');
  }

  /** The source line of the first line box at or below the top of the view. */
  function topLine() {
    for (const el of lineEls()) {
      const r = el.getBoundingClientRect();
      if (r.bottom > 0) return Number(el.dataset.line);
    }
    return undefined;
  }

  function scrollToLine(line, quiet) {
    let target;
    for (const el of lineEls()) {
      if (Number(el.dataset.line) >= line) {
        target = el;
        break;
      }
    }
    if (!target) return;
    if (quiet) quietUntil = Date.now() + 400;
    const r = target.getBoundingClientRect();
    window.scrollBy(0, r.top - 8);
  }

  let scrollTimer;
  window.addEventListener('scroll', () => {
    if (Date.now() < quietUntil) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      const line = topLine();
      if (line !== undefined) vscode.postMessage({ type: 'scrolled', line });
      vscode.setState({ line });
    }, 60);
  });

  pagesEl.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('.line') : null;
    if (el) vscode.postMessage({ type: 'jump', line: Number(el.dataset.line) });
  });

  window.addEventListener('resize', fit);
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'layout') render(m.result);
    else if (m.type === 'message') {
      statusEl.textContent = m.text;
      statusEl.className = 'refused';
    } else if (m.type === 'scrollTo') scrollToLine(m.line, true);
  });

  statusEl.textContent = T('正在排版…', 'Laying out…');
  vscode.postMessage({ type: 'ready' });
})();
