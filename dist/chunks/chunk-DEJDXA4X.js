import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-3JKC6G2R.js";
import {
  ManifestError,
  withoutBom
} from "./chunk-YXQSOUEQ.js";
import {
  __toESM
} from "./chunk-5TZFI64R.js";

// src/pack/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlManifest(lfText) {
  const text = withoutBom(lfText);
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return { pointer: "", message: `invalid YAML: ${firstLine(e.message)}`, line, column: col };
  });
  if (problems.length > 0) throw new ManifestError(problems);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ManifestError([{ pointer: "", message: `invalid YAML: ${firstLine(err.message)}` }]);
  }
  return {
    value,
    locate(pointer) {
      const offset = yamlOffset(doc, pointer);
      if (offset === void 0) return void 0;
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  };
}
function yamlOffset(doc, pointer) {
  let node = doc.contents;
  let offset = node?.range?.[0];
  if (pointer === "") return offset;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === segment);
      if (pair === void 0) return void 0;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0 || !/^(0|[1-9][0-9]*)$/.test(segment)) return void 0;
      offset = item.range?.[0];
      node = item;
    } else {
      return void 0;
    }
  }
  return offset;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

export {
  parseYamlManifest
};
