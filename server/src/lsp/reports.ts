import type { Diagnostic } from 'vscode-languageserver';

/**
 * Result ids of pulled diagnostics (LSP 3.17 `resultId` / `kind: 'unchanged'`). After a keystroke most of a long
 * document's diagnostics keep their line and column, and often all of them do: then the server answers «unchanged»
 * instead of encoding and sending the whole list again (≈ 100 kB for 50 000 characters), and the client keeps the
 * diagnostics it has. Those keep the `data` of the version they were sent for (offsets, version), so the code
 * actions ask `sameReport` whether that version and the current one were declared the same report; then the
 * diagnostic's range, which is still right, stands for its offsets in the current text.
 */
interface Report {
  readonly resultId: string;
  readonly items: readonly Diagnostic[];
  /** The versions this report stands for: the one it was computed for and every one answered «unchanged» since. */
  readonly versions: Set<number>;
}

export class DiagnosticReports {
  private readonly last = new Map<string, Report>();
  private counter = 0;

  /**
   * The answer to a pull of `uri` at `version` whose diagnostics are `items`: «unchanged» when the client's
   * previous result is the last one sent and the items equal it (all but `data`, see above), else the full list with a new id.
   */
  answer(
    uri: string,
    version: number,
    items: Diagnostic[],
    previousResultId: string | undefined,
  ): { kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string } {
    const last = this.last.get(uri);
    if (last && previousResultId === last.resultId && sameItems(last.items, items)) {
      last.versions.add(version);
      return { kind: 'unchanged', resultId: last.resultId };
    }
    const resultId = `${version}.${++this.counter}`;
    this.last.set(uri, { resultId, items, versions: new Set([version]) });
    return { kind: 'full', resultId, items };
  }

  /** Whether diagnostics sent for version `a` of `uri` are, unchanged, the current ones of version `b`. */
  sameReport(uri: string, a: number, b: number): boolean {
    if (a === b) return true;
    const versions = this.last.get(uri)?.versions;
    return !!versions && versions.has(a) && versions.has(b);
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  clear(): void {
    this.last.clear();
  }
}

function sameItems(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i], 'data')) return false;
  return true;
}

/**
 * Structural equality of JSON values; `skip`: a key left out at the top level. Allocates nothing (for…in, no
 * Object.keys arrays): it runs over every diagnostic of a long document on every keystroke.
 */
function equal(x: unknown, y: unknown, skip?: string): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
    return true;
  }
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  let keys = 0;
  for (const k in ox) {
    if (k === skip || !Object.prototype.hasOwnProperty.call(ox, k)) continue;
    if (!Object.prototype.hasOwnProperty.call(oy, k) || !equal(ox[k], oy[k])) return false;
    keys++;
  }
  for (const k in oy) if (k !== skip && Object.prototype.hasOwnProperty.call(oy, k)) keys--;
  return keys === 0;
}
