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
export declare function branchNameProblem(name: string): string | null;
