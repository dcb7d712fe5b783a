/** Defaults shared by the library, the CLI and the Action (spec: pack-format.md). */
export declare const DEFAULT_MANIFEST_PATH = "data/control-plane/workflow-manifests.json";
export declare const DEFAULT_PACK_PATH = "data/policy/mcp-gateway-policy.json";
export declare const DEFAULT_POLICY_ID = "mcp-gateway-policy-pack";
export declare const DEFAULT_INTENT = "Compile the workflow control-plane manifest into a default-deny MCP gateway policy pack: declared tool scopes, bounded change scopes, gated writes, human approval holds, runtime kill signals and audit evidence.";
export declare const PACK_SCHEMA_VERSION = "1.0";
/**
 * The manifest path a pack records (`source_manifest.path`), when it is a plain path inside the
 * repository; else null (unreadable pack, no path, absolute or `..` paths). Callers fall back to
 * DEFAULT_MANIFEST_PATH.
 */
export declare function recordedManifestPath(packText: string | null): string | null;
