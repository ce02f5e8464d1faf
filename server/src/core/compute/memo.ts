/**
 * Hints are pure functions of an immutable model (and of the percolation threshold setting),
 * so each is computed once per model object: a library electrolyte used by a thousand cells,
 * or a composite that is both listed and stacked in a cell, is computed once, and a model the
 * analysis cache keeps between keystrokes keeps its hints too.
 */

/** Every memo's cache, for `forgetHintsOf`. */
const caches: WeakMap<object, unknown>[] = [];

export function memoByModel<M extends object, R>(compute: (model: M) => R): (model: M) => R {
  const cache = new WeakMap<M, R>();
  caches.push(cache);
  return (model) => {
    let result = cache.get(model);
    if (result === undefined) {
      result = compute(model);
      cache.set(model, result);
    }
    return result;
  };
}

/** As memoByModel, for hints that also read one number of the settings (the last value is kept). */
export function memoByModelAndSetting<M extends object, R>(compute: (model: M, setting: number) => R): (model: M, setting: number) => R {
  const cache = new WeakMap<M, { readonly setting: number; readonly result: R }>();
  caches.push(cache);
  return (model, setting) => {
    const kept = cache.get(model);
    if (kept !== undefined && kept.setting === setting) return kept.result;
    const result = compute(model, setting);
    cache.set(model, { setting, result });
    return result;
  };
}

/**
 * Lets the hints of `model` go: the next reading computes them again (equal, not the same
 * object). For a check that reads a document once (`cellspec check`): its hints need not live
 * as long as its models, and kept, they were a third of a long file's peak and of the garbage
 * collector's work (checks/index.ts, `CheckRun.release`).
 */
export function forgetHintsOf(model: object): void {
  for (const cache of caches) cache.delete(model);
}
