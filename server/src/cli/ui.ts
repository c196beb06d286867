/** Colours and the progress bar (stderr, terminals only). */
import type { Locale } from '../core/index';
import type { Output } from './io';

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}
const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOR: Paint = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  green: sgr(32, 39),
};
const id = (s: string) => s;
export const PLAIN: Paint = { red: id, yellow: id, blue: id, dim: id, bold: id, green: id };

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return w;
}

export class Progress {
  private last = 0;
  private shown = false;
  constructor(
    private readonly out: Output,
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly locale: Locale,
  ) {}
  tick(done: number, name: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && done < this.total) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const head = `${this.locale === 'zh' ? '检查中' : 'Checking'} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.out.columns ?? 80) - displayWidth(head) - 1);
    let tail = name;
    while (displayWidth(tail) > room && tail.length > 0) tail = tail.slice(1);
    this.out.write(`\r\x1b[K${head}${tail}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
