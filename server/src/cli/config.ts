/** Configuration for the CLI: --config or the nearest .gongwenrc.json per folder, then --rule overrides. */
import { resolve } from 'node:path';
import type { Config, RuleSeverity, RulesConfig } from '../core/index';
import { LineIndex } from '../core/lines';
import type { LoadedConfig } from '../node/configFile';
import { configFor, configFromFile, type FolderConfig } from '../node/workspace';
import { readRegularFile } from '../node/safeFs';
import type { RunContext } from './context';

export function withOverrides(config: Config, overrides: ReadonlyMap<string, RuleSeverity>): Config {
  if (overrides.size === 0) return config;
  const rules: Record<string, RulesConfig[string]> = { ...config.rules };
  for (const [ruleId, sev] of overrides) {
    const cur = rules[ruleId];
    rules[ruleId] = cur !== undefined && typeof cur === 'object' ? { ...cur, severity: sev } : sev;
  }
  return { rules, shared: config.shared };
}

export class CliConfigs {
  private explicit: Config | undefined;
  private readonly byDir = new Map<string, Config>();
  private readonly warned = new Set<string>();

  constructor(private readonly ctx: RunContext) {}

  /** Loads --config; false (after a message) when it names no regular file. */
  useExplicit(path: string): boolean {
    const ctx = this.ctx;
    const abs = resolve(ctx.cwd, path);
    const probe = readRegularFile(abs, 0);
    if (probe.kind === 'error') {
      const missing = probe.code === 'ENOENT';
      ctx.fail(
        missing ? `找不到配置文件：${path}` : `无法使用 --config ${path}：${probe.message.zh}`,
        missing ? `Config file not found: ${path}` : `Cannot use --config ${path}: ${probe.message.en}`,
      );
      return false;
    }
    this.explicit = this.finish(configFromFile(abs));
    return true;
  }

  /** The configuration for documents in `dir`. */
  forDir(dir: string): Config {
    if (this.explicit) return this.explicit;
    let c = this.byDir.get(dir);
    if (!c) {
      c = this.finish(configFor(dir));
      this.byDir.set(dir, c);
    }
    return c;
  }

  private finish(fc: FolderConfig): Config {
    if (fc.loaded) this.warnOnce(fc.loaded);
    return withOverrides(fc.config, this.ctx.opts.rules);
  }

  /** The config file's problems on stderr, once per file, with file:line:column. */
  private warnOnce(loaded: LoadedConfig): void {
    if (loaded.issues.length === 0 || this.warned.has(loaded.file)) return;
    this.warned.add(loaded.file);
    const ctx = this.ctx;
    const index = loaded.text !== undefined ? new LineIndex(loaded.text) : undefined;
    const shown = ctx.displayPath(loaded.file);
    const ignored = loaded.issues.filter((i) => !i.applied);
    if (loaded.fatal) {
      ctx.warn(`配置文件 ${shown} 无效，已改用默认设置：`, `the config file ${shown} is invalid; using the default settings:`);
    } else if (ignored.length > 0) {
      ctx.warn(
        `配置文件 ${shown} 有 ${ignored.length} 处问题，这些设置已忽略、按默认处理（其余设置照常生效）：`,
        `the config file ${shown} has ${ignored.length} problem(s); those settings are ignored and default (the rest apply):`,
      );
    } else {
      ctx.warn(
        `配置文件 ${shown} 有 ${loaded.issues.length} 处写法不规范（已按说明处理）：`,
        `the config file ${shown} has ${loaded.issues.length} note(s) (applied as described):`,
      );
    }
    let lines = '';
    for (const issue of loaded.issues) {
      const pos =
        index && loaded.text !== undefined && loaded.text.length > 0
          ? index.position(Math.min(issue.start, loaded.text.length))
          : undefined;
      const where = pos ? `${shown}:${pos.line + 1}:${pos.character + 1}` : shown;
      lines += `  ${where}  ${issue.path ? `${issue.path}  ` : ''}${ctx.tr(issue.message)}\n`;
    }
    ctx.stderr.write(lines);
  }
}
