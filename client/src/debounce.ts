import type * as vscode from 'vscode';

/** `run` once, `delay` ms after the last `schedule(delay)` (the tree views reload this way); disposing cancels it. */
export function debounced(run: () => Promise<void>): { schedule(delay: number): void } & vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  return {
    schedule(delay: number) {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    dispose: () => clearTimeout(timer),
  };
}
