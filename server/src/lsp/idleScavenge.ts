/**
 * Issue 14, typing right after opening: a young-generation collection (V8's scavenge) that falls inside a keystroke's
 * requests adds its pause to that keystroke. With a 50 000-character document, each keystroke and its burst allocate
 * a few MB (the version's text model, problems, replies), so every second to fourth keystroke paid one: 5–25 ms each
 * in the first dozen keystrokes (up to 90 ms on a loaded machine), while the server then sat idle for most of the
 * 120 ms until the next one. So when the server has been quiet for IDLE_MS after activity (a keystroke and its burst
 * answered) and the young generation could not take another burst of the same size, it collects the young generation
 * now, in the gap. It collects nothing that V8 would not collect during the next keystroke, and holds no data.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Session } from './session';

/** Quiet time after the last activity before the server counts as idle. */
const IDLE_MS = 10;
/** Collect when less than this many bursts of the last size still fit in the young generation. */
const HEADROOM = 2;
/** Below this (bytes), an estimate of a burst's allocation is not worth a collection. */
const MIN_BURST = 256 * 1024;

export type Gc = (options: { type: 'minor' }) => void;

/**
 * V8's `gc` function, from a new context made while --expose-gc is set for a moment: the flag is switched back at once,
 * because V8 checks its flags when it takes cached code (this server's code cache, Node's own for its built-in modules)
 * and a flag left on made every start ≈ 50 ms slower. Undefined where V8 does not offer it.
 */
export function collector(): Gc | undefined {
  const get = () => runInNewContext('typeof gc === "function" ? gc : undefined') as Gc | undefined;
  try {
    const gc = get();
    if (gc) return gc; // started with --expose-gc
    setFlagsFromString('--expose-gc');
    try {
      return get();
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  } catch {
    return undefined;
  }
}

function youngUsed(): { readonly used: number; readonly available: number } | undefined {
  const s = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
  return s && { used: s.space_used_size, available: s.space_available_size };
}

type Young = () => { readonly used: number; readonly available: number } | undefined;

export class IdleScavenge {
  private timer: NodeJS.Timeout | undefined;
  private seen = -1;
  /** Young-generation bytes in use when the server was last idle, and the growth from the idle moment before. */
  private lastUsed = -1;
  private burst = 0;
  /** Collections made (tests). */
  collected = 0;

  /** `gc` and `young`: V8's (tests pass their own). */
  constructor(
    private readonly session: Session,
    private readonly gc: Gc | undefined = collector(),
    private readonly young: Young = youngUsed,
  ) {}

  /** Activity began (a document changed): look again once the server is quiet. */
  kick(): void {
    if (!this.gc || this.timer) return;
    this.arm();
  }

  private arm(): void {
    this.seen = this.session.activity;
    this.timer = setTimeout(() => this.idle(), IDLE_MS);
    this.timer.unref();
  }

  private idle(): void {
    this.timer = undefined;
    if (this.session.state !== 'running') return;
    if (this.session.activity !== this.seen) return this.arm(); // still busy
    const young = this.young();
    if (!young || !this.gc) return;
    // Grown since the last idle moment: about one burst's allocation (a collection in between made it shrink).
    if (this.lastUsed >= 0 && young.used > this.lastUsed) this.burst = young.used - this.lastUsed;
    this.lastUsed = young.used;
    if (this.burst < MIN_BURST || young.available >= HEADROOM * this.burst) return;
    this.gc({ type: 'minor' });
    this.collected++;
    this.lastUsed = this.young()?.used ?? -1;
  }
}
