import { t } from './locale';

/**
 * Start-up timing, written to the 公文校对 output channel: activation → language server ready → first diagnostics.
 * The e2e suite reads these lines (test/e2e/coverage.test.mjs) to split the first-squiggle time into its parts.
 */
export class StartupTimer {
  private readonly t0 = Date.now();
  private firstDiagnostics = false;
  private loadedMs: number | undefined;

  constructor(private readonly log: (message: string) => void) {}

  /** The language client library is loaded (the server process was forked before it); logged with ready(). */
  loaded(): void {
    this.loadedMs = Date.now() - this.t0;
  }

  ready(): void {
    if (this.loadedMs !== undefined)
      this.log(
        t(`启动计时：激活 → 语言客户端已加载 ${this.loadedMs} ms`, `Start-up: activation → language client loaded ${this.loadedMs} ms`),
      );
    this.log(
      t(`启动计时：激活 → 语言服务器就绪 ${Date.now() - this.t0} ms`, `Start-up: activation → server ready ${Date.now() - this.t0} ms`),
    );
  }

  /** Called for every diagnostics result; logs the first one only. */
  diagnostics(): void {
    if (this.firstDiagnostics) return;
    this.firstDiagnostics = true;
    this.log(
      t(`启动计时：激活 → 首次诊断 ${Date.now() - this.t0} ms`, `Start-up: activation → first diagnostics ${Date.now() - this.t0} ms`),
    );
  }
}
