import type { WorkflowPolicy } from '../pack/index.js';
import type { CompileCache } from './compile-cache.js';
import { type CompiledWorkflow } from './compile.js';
/**
 * The pack's workflows by id, each built (and its policy frozen) on first lookup. A whole load has
 * already checked every one of them, so building cannot fail; a load by pack index checks each in
 * `policyAt`, which throws when the index does not fit. A lookup that finds a built workflow costs
 * one Map read.
 */
export declare class LazyWorkflows implements ReadonlyMap<string, CompiledWorkflow> {
    #private;
    /** `index` maps each workflow id to its position in the pack; `policyAt` gives the workflow there. */
    constructor(policyAt: (position: number) => WorkflowPolicy, index: ReadonlyMap<string, number>, cache: CompileCache);
    get size(): number;
    get(id: string): CompiledWorkflow | undefined;
    has(id: string): boolean;
    keys(): MapIterator<string>;
    values(): MapIterator<CompiledWorkflow>;
    entries(): MapIterator<[string, CompiledWorkflow]>;
    [Symbol.iterator](): MapIterator<[string, CompiledWorkflow]>;
    forEach(fn: (value: CompiledWorkflow, key: string, map: ReadonlyMap<string, CompiledWorkflow>) => void, thisArg?: unknown): void;
}
