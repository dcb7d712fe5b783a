import type { WorkflowPolicy } from '../pack/index.js';
import type { CompileCache } from './compile-cache.js';
import { compileWorkflow, type CompiledWorkflow } from './compile.js';
import { deepFreeze } from './freeze.js';

/**
 * The pack's workflows by id, each built (and its policy frozen) on first lookup. A whole load has
 * already checked every one of them, so building cannot fail; a load by pack index checks each in
 * `policyAt`, which throws when the index does not fit. A lookup that finds a built workflow costs
 * one Map read.
 */
export class LazyWorkflows implements ReadonlyMap<string, CompiledWorkflow> {
  readonly #built = new Map<string, CompiledWorkflow>();
  readonly #index: ReadonlyMap<string, number>;
  readonly #policyAt: (position: number) => WorkflowPolicy;
  readonly #cache: CompileCache;

  /** `index` maps each workflow id to its position in the pack; `policyAt` gives the workflow there. */
  constructor(policyAt: (position: number) => WorkflowPolicy, index: ReadonlyMap<string, number>, cache: CompileCache) {
    this.#policyAt = policyAt;
    this.#index = index;
    this.#cache = cache;
  }

  get size(): number {
    return this.#index.size;
  }

  get(id: string): CompiledWorkflow | undefined {
    return this.#built.get(id) ?? this.#build(id);
  }

  #build(id: string): CompiledWorkflow | undefined {
    const i = this.#index.get(id);
    if (i === undefined) return undefined;
    const policy = this.#policyAt(i);
    deepFreeze(policy);
    const built = compileWorkflow(policy, i, this.#cache);
    this.#built.set(id, built);
    return built;
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  keys(): MapIterator<string> {
    return this.#index.keys();
  }

  *values(): MapIterator<CompiledWorkflow> {
    for (const id of this.#index.keys()) yield this.get(id)!;
  }

  *entries(): MapIterator<[string, CompiledWorkflow]> {
    for (const id of this.#index.keys()) yield [id, this.get(id)!];
  }

  [Symbol.iterator](): MapIterator<[string, CompiledWorkflow]> {
    return this.entries();
  }

  forEach(fn: (value: CompiledWorkflow, key: string, map: ReadonlyMap<string, CompiledWorkflow>) => void, thisArg?: unknown): void {
    for (const [id, w] of this.entries()) fn.call(thisArg, w, id, this);
  }
}
