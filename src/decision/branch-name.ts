/**
 * Is a string a branch name git accepts? The rules of `git check-ref-format --branch` (outside a
 * repository, so without "@{-N}" expansion): the name may not start with "-" or be "HEAD", and
 * "refs/heads/<name>" must be a valid ref name — no empty component (so no leading, trailing or
 * doubled "/"), no component starting with "." or ending with ".lock", no "..", no "@{", no ASCII
 * control character, space, "~", "^", ":", "?", "*", "[" or "\", and no trailing ".". Characters
 * outside ASCII are allowed, as git allows them.
 *
 * Returns null for a valid name, else what is wrong with it.
 */
export function branchNameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  if (name.charCodeAt(0) === 0x2d) return 'starts with "-"';
  if (name === 'HEAD') return 'is "HEAD"';
  let componentStart = 0;
  let last = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 0x2f;
    if (c === 0x2f) {
      if (i === componentStart) return i === name.length ? 'ends with "/"' : i === 0 ? 'starts with "/"' : 'has an empty component ("//")';
      if (name.charCodeAt(componentStart) === 0x2e) return 'has a component starting with "."';
      if (i - componentStart >= 5 && name.endsWith('.lock', i)) return 'has a component ending with ".lock"';
      componentStart = i + 1;
      last = -1;
      continue;
    }
    if (c < 0x20 || c === 0x7f) return 'contains a control character';
    switch (c) {
      case 0x20:
        return 'contains a space';
      case 0x7e:
      case 0x5e:
      case 0x3a:
      case 0x3f:
      case 0x2a:
      case 0x5b:
      case 0x5c:
        return `contains ${JSON.stringify(String.fromCharCode(c))}`;
      case 0x2e:
        if (last === 0x2e) return 'contains ".."';
        break;
      case 0x7b:
        if (last === 0x40) return 'contains "@{"';
        break;
    }
    last = c;
  }
  if (name.charCodeAt(name.length - 1) === 0x2e) return 'ends with "."';
  return null;
}
