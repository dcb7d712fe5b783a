/**
 * Request values copied for echoing, logging or serialising, with their depth bounded: JSON.parse
 * reads arrays nested a hundred thousand deep, but JSON.stringify and any recursive serialiser
 * overflow the stack on them, so nothing deeper than MAX_ECHO_DEPTH is carried into a decision.
 */
export const MAX_ECHO_DEPTH = 32;

const CUT = `…(nested deeper than ${MAX_ECHO_DEPTH} levels)`;

/**
 * A JSON copy of a value: containers nested deeper than `maxDepth` (the value itself is depth 1)
 * become a short string saying so; non-finite numbers and values JSON has no form for become null.
 * Recursion is bounded by `maxDepth`, so it never overflows.
 */
export function boundedJson(value: unknown, maxDepth: number = MAX_ECHO_DEPTH): unknown {
  return copy(value, maxDepth);
}

function copy(v: unknown, depth: number): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'object':
      break;
    default:
      return null;
  }
  if (v === null) return null;
  if (depth <= 0) return CUT;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copy(v[i], depth - 1);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    // defineProperty keeps a "__proto__" key as data.
    Object.defineProperty(out, k, {
      value: copy((v as Record<string, unknown>)[k], depth - 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
