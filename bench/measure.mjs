// Timing helpers of the bench scripts (bench.mjs, scale.mjs): medians, CPU and wall time of repeated runs, and a
// timer around every rule's check.

/** The median (the lower one of an even number). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** CPU (user + system of the process) and wall time, in ms, of each of `reps` runs of `fn`. */
export function timed(fn, reps) {
  const cpu = [];
  const wall = [];
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { cpu, wall };
}

/**
 * Wraps every rule's `check` in `core.allRules` with a wall-clock timer (process.hrtime: cheap; a CPU-time read per
 * call would cost more than some rules). `spent` maps rule id → ns since the last `reset()`; `restore()` puts the
 * original checks back. An analysis rules share through ctx.memo is charged to the first rule that asks for it.
 */
export function ruleTimers(core) {
  const spent = new Map(core.allRules.map((r) => [r.meta.id, 0n]));
  const originals = core.allRules.map((r) => [r, r.check]);
  for (const [r, check] of originals) {
    r.check = (ctx) => {
      const t0 = process.hrtime.bigint();
      try {
        return check.call(r, ctx);
      } finally {
        spent.set(r.meta.id, spent.get(r.meta.id) + process.hrtime.bigint() - t0);
      }
    };
  }
  return {
    spent,
    reset: () => spent.forEach((_, id) => spent.set(id, 0n)),
    restore: () => originals.forEach(([r, check]) => (r.check = check)),
  };
}
