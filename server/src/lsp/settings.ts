import { parseConfigObject, type Config, type ConfigIssue } from '../core/index';

/** The `gongwen.*` VS Code settings, normalised: every field falls back to its default. */
export interface Settings {
  readonly enable: boolean;
  readonly run: 'onType' | 'onSave';
  readonly formatEnable: boolean;
  /** Rules, words, protected words, script and structure mode as a validated core Config. */
  readonly config: Config;
  readonly issues: readonly ConfigIssue[];
  /** Stable key for caching results per settings. */
  readonly key: string;
}

export function normalizeSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const fromSettings: Record<string, unknown> = {};
  if (r.rules !== undefined && r.rules !== null) fromSettings.rules = r.rules;
  if (r.words !== undefined && r.words !== null) fromSettings.words = r.words;
  if (Array.isArray(r.protectedWords)) fromSettings.protectedWords = r.protectedWords;
  if (typeof r.script === 'string') fromSettings.script = r.script;
  if (typeof r.structureMode === 'string') fromSettings.structureMode = r.structureMode;
  const { config, issues } = parseConfigObject(fromSettings);
  const format = r.format && typeof r.format === 'object' ? (r.format as Record<string, unknown>) : {};
  const s = {
    enable: r.enable !== false,
    run: r.run === 'onSave' ? ('onSave' as const) : ('onType' as const),
    formatEnable: format.enable === true,
    config,
    issues,
  };
  return { ...s, key: JSON.stringify([s.enable, s.run, s.formatEnable, config]) };
}

export const DEFAULT_SETTINGS = normalizeSettings({});
