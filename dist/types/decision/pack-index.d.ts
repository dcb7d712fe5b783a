export declare const PACK_INDEX_FORMAT = 1;
export interface PackIndex {
    format: typeof PACK_INDEX_FORMAT;
    pack_sha256: string;
    byte_length: number;
    /** Offset of the `[` that opens workflow_policies. */
    head_end: number;
    /** Each workflow in pack order: its id, and the offsets of its opening `{` and just after its `}`. */
    workflows: [id: string, start: number, end: number][];
    /** Every allowed agent class of every workflow, lower-cased. */
    agent_classes: string[];
}
/** Where indexes are kept between loads (the CLI's is a private cache directory). */
export interface PackIndexStore {
    /** The index kept for a pack with this SHA-256 and length, or undefined. */
    find(packSha256: string, byteLength: number): unknown;
    /** Keeps the index a whole load made. */
    save(index: PackIndex): void;
}
/** The index of a pack that has just been validated whole, or null when its bytes are not in the generator's layout. */
export declare function indexPack(bytes: Uint8Array, text: string, packSha256: string, ids: readonly string[], agentClasses: ReadonlySet<string>): PackIndex | null;
/**
 * A stored index, if it has the shape of one and fits these bytes: the same SHA-256 and length,
 * ascending ranges with the generator's separators between them, unique ids. Anything else is null.
 */
export declare function readPackIndex(value: unknown, bytes: Uint8Array, packSha256: string): PackIndex | null;
