/**
 * What one pack's load compiles, interned: each distinct glob, regular expression source and
 * change-scope pattern list is compiled once and shared by every workflow that has it (a pack of
 * thousands of workflows repeats a few lists). Compiled matchers hold no per-workflow state, so
 * sharing them cannot change a verdict. One cache per loaded pack: it lives as long as the policy.
 */
export class CompileCache {
  readonly #kinds = new Map<string, Map<string, unknown>>();

  /** The value interned under (kind, key), made by `make` the first time it is asked for. */
  get<T>(kind: string, key: string, make: () => T): T {
    let byKey = this.#kinds.get(kind);
    if (byKey === undefined) this.#kinds.set(kind, (byKey = new Map<string, unknown>()));
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = make();
    byKey.set(key, value);
    return value;
  }

  /** How many distinct values of `kind` were compiled (for tests and benchmarks). */
  count(kind: string): number {
    return this.#kinds.get(kind)?.size ?? 0;
  }
}
