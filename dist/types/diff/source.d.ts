import type { Policy } from '../decision/index.js';
export declare class PolicySourceError extends Error {
    name: string;
}
export interface PolicySource {
    policy: Policy;
    /** What the text was: a pack, or a manifest compiled into one. */
    kind: 'pack' | 'manifest';
}
/**
 * A pack's or a manifest's text → the loaded policy. A JSON object with workflow_policies is a
 * pack; anything else is read as a manifest (JSON or YAML) and compiled first. `label` names the
 * source in errors and picks the manifest's format by its extension.
 */
export declare function loadPolicySource(text: string, label: string): PolicySource;
