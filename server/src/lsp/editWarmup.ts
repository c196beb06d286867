/**
 * Issue 14, the first keystrokes: V8 optimises the edit path (the incremental check of a changed line) over the first
 * ≈ 20 edits, and until then an edit of a 50 000-character document costs 80–160 ms of CPU instead of ≈ 10 (measured
 * in process over the corpus: 81, 72, 164, 98, … 7 ms). So once the first complete diagnostics of a long document are
 * out, the server, while idle, types into a copy of that document itself: EDITS re-checks, each with one more
 * character in a line, through a paragraph cache of its own. Nothing of it is kept or shown: no document's results,
 * caches or reports change. Any request, document notification, settings or config change, or step of a real check stops a run within one step (≤ 8 ms, bounds.ts runSteps);
 * the warm-up goes on at the next idle moment, and ends for good after EDITS re-checks (or GIVE_UP_MS).
 */
import { checkSteps, ParagraphCache } from '../core/index';
import { runSteps } from './bounds';
import { log, type Session } from './session';

/** Re-checks of the copy (the in-process measurement above is flat from about the 17th edit on). */
const EDITS = 24;
/** Quiet time before a step: the editor's burst after a keystroke, or the next keystroke, comes sooner. */
const IDLE_MS = 300;
/** Shorter documents are cheap to check cold; the warm-up waits for a long one. */
const MIN_CHARS = 10_000;
/** Of a longer document, the copy is its beginning up to a line end (the cost of warming up stays bounded). */
const MAX_CHARS = 100_000;
/**
 * A warm-up not done this long after it began is dropped, with its copy and cache: the server has had no idle moment,
 * so the user's own keystrokes have been warming the edit path meanwhile (in `bench/lsp-load.mjs` the copy held 8 MB).
 */
const GIVE_UP_MS = 5_000;
/** What a run is typing (cycled). */
const TYPED = '我们的工作，';

type Options = NonNullable<Parameters<typeof checkSteps>[1]>;

const interrupted = new Error('edit warm-up interrupted');

export class EditWarmup {
  private left = EDITS;
  private source:
    { readonly lines: string[]; readonly line: number; readonly options: Options; readonly cache: ParagraphCache } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** session.activity when the timer was set: a step runs only if nothing came in since. */
  private seen = -1;
  private began = 0;
  private busy = 0;
  private checks = 0;

  /** `giveUpMs`: GIVE_UP_MS (tests on a loaded machine pass more). */
  constructor(
    private readonly session: Session,
    private readonly giveUpMs = GIVE_UP_MS,
  ) {}

  /** The first complete diagnostics of a document are out (once per server; documents under MIN_CHARS are skipped). */
  start(text: string, options: Omit<Options, 'paragraphCache' | 'analyses'>): void {
    if (this.source || this.left <= 0 || text.length < MIN_CHARS) return;
    const lineEnd = text.length > MAX_CHARS ? text.lastIndexOf('\n', MAX_CHARS) : -1;
    const head = text.length > MAX_CHARS ? text.slice(0, lineEnd > 0 ? lineEnd : MAX_CHARS) : text;
    const lines = head.split('\n');
    // A third of the way in: a line of the document's body, not its head.
    let line = Math.floor(lines.length / 3);
    while (line < lines.length - 1 && !lines[line].trim()) line++;
    this.source = { lines, line, options: { ...options, onRuleError: () => undefined }, cache: new ParagraphCache() };
    this.began = Date.now();
    this.wait();
  }

  /** Re-checks done so far. */
  get done(): number {
    return this.checks;
  }

  /** The next step after `ms` (IDLE_MS after activity; at once while the server stays idle). */
  private wait(ms = IDLE_MS): void {
    this.seen = this.session.activity;
    this.timer = setTimeout(() => void this.step(), ms);
    this.timer.unref();
  }

  private async step(): Promise<void> {
    const src = this.source;
    if (!src) return;
    if (this.session.state !== 'running') {
      this.source = undefined; // shut down: nothing more to warm
      return;
    }
    if (Date.now() - this.began > this.giveUpMs) {
      this.source = undefined;
      log(this.session, `edit path warm-up dropped after ${this.checks} re-checks: no idle moment`);
      this.left = 0; // for good
      return;
    }
    if (this.session.activity !== this.seen) return this.wait(); // not idle: wait again
    const lines = src.lines.slice();
    const i = EDITS - this.left;
    // Typed inside the line: before its \r in a CRLF document, so that the copy keeps its line count.
    const typed = TYPED.repeat(2).slice(0, (i % TYPED.length) + 1);
    const at = lines[src.line].endsWith('\r') ? lines[src.line].length - 1 : lines[src.line].length;
    lines[src.line] = lines[src.line].slice(0, at) + typed + lines[src.line].slice(at);
    const seen = this.seen;
    let idle = false;
    const t0 = performance.now();
    try {
      await runSteps(checkSteps(lines.join('\n'), { ...src.options, paragraphCache: src.cache, analyses: new Map() }), () => {
        if (this.session.activity !== seen) throw interrupted;
      });
      this.left--;
      this.checks++;
      idle = true;
    } catch {
      // Interrupted by a request or an edit: the next idle moment goes on (the paragraph cache stays usable, as the
      // real check's does when a newer version abandons it).
    }
    this.busy += performance.now() - t0;
    if (this.left > 0) return this.wait(idle ? 0 : IDLE_MS);
    this.source = undefined;
    log(this.session, `edit path warmed up: ${EDITS} re-checks, ${Math.round(this.busy)} ms of ${Date.now() - this.began} ms`);
  }
}
