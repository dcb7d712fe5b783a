export interface DriftResult {
    /** True when the committed pack is missing or its bytes differ from the generated ones. */
    drift: boolean;
    /** Unified diff from the committed pack to the generated one; "" when there is no drift. */
    diff: string;
    /** First line of the committed file that the diff changes (1-based), for annotations; null when none. */
    firstChangedLine: number | null;
}
export interface DriftOptions {
    /** The pack's path, for the diff's file headers. */
    path?: string;
    /** Lines of context around each change (default 3). */
    context?: number;
}
/**
 * Compares the pack the manifest generates (`expectedText`) with the committed one (`actualText`,
 * null when the file is missing), byte for byte. Pure.
 */
export declare function checkDrift(expectedText: string, actualText: string | null, options?: DriftOptions): DriftResult;
