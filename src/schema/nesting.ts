/**
 * How deeply a document's arrays and objects may nest, for every reader (JSON, JSONL, YAML).
 * No policy, envelope, config or metrics file comes near it; past it a document is refused with
 * the place where it crossed the limit, before any recursive code (the `yaml` composer, `toJS`,
 * schema validation, reports) could overflow the call stack on it.
 */
import { isAlias, isMap, isPair, isSeq, type CST, type Node } from 'yaml';

/** Levels of arrays / objects (sequences / mappings): `[]` is one level, `[[]]` two. */
export const MAX_NESTING_DEPTH = 256;
export const NESTED_TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels`;

/** Where a YAML document nests too deep, and what to say about it. */
export interface NestingProblem {
  offset: number;
  message: string;
}

/**
 * Check one document of the YAML parser's token tree (CST) before it is composed: the composer
 * recurses once per level. Iterative. Also says whether the document uses aliases, whose
 * expanded depth only the composed document can tell (`aliasNestingProblem`).
 */
export function yamlTokenNesting(document: CST.Token): {
  problem?: NestingProblem;
  aliases: boolean;
} {
  let aliases = false;
  const pending: Array<[CST.Token, number]> = [[document, 0]];
  while (pending.length > 0) {
    const [token, level] = pending.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) pending.push([token.value, level]);
        break;
      case 'alias':
        aliases = true;
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = level + 1;
        if (inner > MAX_NESTING_DEPTH)
          return { problem: { offset: token.offset, message: NESTED_TOO_DEEP }, aliases };
        // Reversed, so the first crossing in the text is the one reported.
        for (let i = token.items.length - 1; i >= 0; i--) {
          const item = token.items[i]!;
          if (item.value) pending.push([item.value, inner]);
          if (item.key) pending.push([item.key, inner]);
        }
        break;
      }
      default:
        break;
    }
  }
  return { aliases };
}

interface Frame {
  node: Node;
  /** Nesting level of this collection (the outermost is 1). */
  level: number;
  /** Deepest level reached inside it so far, aliases expanded. */
  deepest: number;
  children: Array<Node | null>;
  next: number;
}

/**
 * Depth of a composed YAML document with its aliases expanded (an alias stands for its anchored
 * node wherever it is written): `a: &a [[…]]` then `b: [[*a]]` nests deeper than either. An alias
 * to a node that contains it would nest forever. Walks in document order, as aliases resolve to
 * the nearest anchor before them; iterative.
 */
export function aliasNestingProblem(contents: Node | null): NestingProblem | undefined {
  /** Anchor name → levels its node adds where an alias repeats it, or 'open' while inside it. */
  const anchors = new Map<string, number | 'open'>();
  const stack: Frame[] = [];
  const childrenOf = (node: Node): Array<Node | null> => {
    const out: Array<Node | null> = [];
    for (const item of (isMap(node) || isSeq(node) ? node.items : []) as unknown[]) {
      if (isPair(item)) out.push(item.key as Node | null, item.value as Node | null);
      else out.push(item as Node | null);
    }
    return out;
  };
  const enter = (node: Node | null, level: number): NestingProblem | undefined => {
    if (!node) return undefined;
    const parent = stack[stack.length - 1];
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (target === 'open')
        return {
          offset,
          message: `${NESTED_TOO_DEEP} (alias *${node.source} repeats a node that contains it)`,
        };
      const reached = level + (target ?? 0);
      if (reached > MAX_NESTING_DEPTH)
        return { offset, message: `${NESTED_TOO_DEEP} (alias *${node.source} expands there)` };
      if (parent && reached > parent.deepest) parent.deepest = reached;
      return undefined;
    }
    if (isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, 'open');
      stack.push({
        node,
        level: level + 1,
        deepest: level + 1,
        children: childrenOf(node),
        next: 0,
      });
    } else if (node.anchor) {
      anchors.set(node.anchor, 0);
    }
    return undefined;
  };

  const first = enter(contents, 0);
  if (first) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const problem = enter(frame.children[frame.next++]!, frame.level);
      if (problem) return problem;
      continue;
    }
    stack.pop();
    const anchor = frame.node.anchor;
    if (anchor) anchors.set(anchor, frame.deepest - frame.level + 1);
    const parent = stack[stack.length - 1];
    if (parent && frame.deepest > parent.deepest) parent.deepest = frame.deepest;
  }
  return undefined;
}
