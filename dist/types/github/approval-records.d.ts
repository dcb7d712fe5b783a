/**
 * Typed approval records posted on a pull request: a fenced block whose info string is
 * `agent-approval`, holding the decision spec's JSON record. Pure text → values; whether a record
 * counts (poster, pool, edits, head SHA, expiry) is decided by the admission core.
 */
/** A record's JSON text could not be parsed; the core reports it as an invalid (untyped) record. */
export interface UnparsableRecord {
    unparsable: true;
    error: string;
    text: string;
}
/**
 * Every ```agent-approval (or ~~~agent-approval) fenced block in a Markdown body, parsed as JSON.
 * The closing fence must use the same character and be at least as long as the opening one,
 * as CommonMark says; an unclosed block runs to the end of the body.
 */
export declare function extractApprovalRecords(body: string | null | undefined): unknown[];
