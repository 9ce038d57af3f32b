/**
 * The SourceCode parts every language of this plugin shares: inline-config comments (via
 * `./comment-directives.ts`), traversal by visitor keys with parent links, and ESLint's token
 * API (`getFirstToken`, `getTokenBefore`...) over the parser's tokens and comments, so rules
 * written for `SourceCode` (ours, eslint-plugin-yml's) find what they expect.
 *
 * A language subclasses `InlineConfigSourceCode`, passing its AST, its `#` comments, its tokens,
 * visitor keys and parser services; it adds only what is specific to it.
 */
import type { SourceLocation } from "@eslint/core";
import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { TokenStore } from "@ota-meshi/ast-token-store";
import {
  getDisableDirectives,
  getInlineRuleConfigs,
  type InlineComment,
  isInlineConfigComment,
} from "./comment-directives.js";

/** What every node and token of our ASTs has. */
export interface SyntaxElement {
  type: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface InlineConfigSourceCodeOptions<Root extends SyntaxElement> {
  text: string;
  ast: Root;
  /** Every comment of the file, in source order. */
  comments: Array<InlineComment & SyntaxElement>;
  /** Every non-comment token, in source order (may be empty if the parser has none). */
  tokens: SyntaxElement[];
  visitorKeys: Record<string, string[]>;
  parserServices: Record<string, unknown>;
  hasBOM: boolean;
}

type Store = TokenStore<SyntaxElement, SyntaxElement, SyntaxElement>;

function isNode(value: unknown): value is SyntaxElement {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SyntaxElement).type === "string" &&
    Array.isArray((value as SyntaxElement).range)
  );
}

export class InlineConfigSourceCode<Root extends SyntaxElement = SyntaxElement> extends TextSourceCodeBase<{
  LangOptions: Record<string, unknown>;
  RootNode: Root;
  SyntaxElementWithLoc: SyntaxElement;
  ConfigNode: InlineComment;
}> {
  readonly comments: Array<InlineComment & SyntaxElement>;
  readonly visitorKeys: Record<string, string[]>;
  readonly parserServices: Record<string, unknown>;
  readonly hasBOM: boolean;
  readonly tokenStore: Store;

  #steps: VisitNodeStep[] | null = null;
  readonly #parents = new WeakMap<object, SyntaxElement>();

  // ESLint's token API, straight from the token store (keeps its overloads).
  readonly getFirstToken: Store["getFirstToken"];
  readonly getFirstTokens: Store["getFirstTokens"];
  readonly getLastToken: Store["getLastToken"];
  readonly getLastTokens: Store["getLastTokens"];
  readonly getTokenBefore: Store["getTokenBefore"];
  readonly getTokensBefore: Store["getTokensBefore"];
  readonly getTokenAfter: Store["getTokenAfter"];
  readonly getTokensAfter: Store["getTokensAfter"];
  readonly getFirstTokenBetween: Store["getFirstTokenBetween"];
  readonly getFirstTokensBetween: Store["getFirstTokensBetween"];
  readonly getLastTokenBetween: Store["getLastTokenBetween"];
  readonly getLastTokensBetween: Store["getLastTokensBetween"];
  readonly getTokens: Store["getTokens"];
  readonly getTokensBetween: Store["getTokensBetween"];
  readonly getCommentsInside: Store["getCommentsInside"];
  readonly getCommentsBefore: Store["getCommentsBefore"];
  readonly getCommentsAfter: Store["getCommentsAfter"];
  readonly commentsExistBetween: Store["commentsExistBetween"];

  constructor(options: InlineConfigSourceCodeOptions<Root>) {
    super({ text: options.text, ast: options.ast });
    this.comments = options.comments;
    this.visitorKeys = options.visitorKeys;
    this.parserServices = options.parserServices;
    this.hasBOM = options.hasBOM;
    const commentSet = new Set<SyntaxElement>(options.comments);
    const store: Store = new TokenStore({
      tokens: [...options.tokens, ...options.comments].sort((a, b) => a.range[0] - b.range[0]),
      isComment: (token): token is SyntaxElement => commentSet.has(token),
    });
    this.tokenStore = store;
    this.getFirstToken = store.getFirstToken.bind(store) as Store["getFirstToken"];
    this.getFirstTokens = store.getFirstTokens.bind(store) as Store["getFirstTokens"];
    this.getLastToken = store.getLastToken.bind(store) as Store["getLastToken"];
    this.getLastTokens = store.getLastTokens.bind(store) as Store["getLastTokens"];
    this.getTokenBefore = store.getTokenBefore.bind(store) as Store["getTokenBefore"];
    this.getTokensBefore = store.getTokensBefore.bind(store) as Store["getTokensBefore"];
    this.getTokenAfter = store.getTokenAfter.bind(store) as Store["getTokenAfter"];
    this.getTokensAfter = store.getTokensAfter.bind(store) as Store["getTokensAfter"];
    this.getFirstTokenBetween = store.getFirstTokenBetween.bind(store) as Store["getFirstTokenBetween"];
    this.getFirstTokensBetween = store.getFirstTokensBetween.bind(store) as Store["getFirstTokensBetween"];
    this.getLastTokenBetween = store.getLastTokenBetween.bind(store) as Store["getLastTokenBetween"];
    this.getLastTokensBetween = store.getLastTokensBetween.bind(store) as Store["getLastTokensBetween"];
    this.getTokens = store.getTokens.bind(store) as Store["getTokens"];
    this.getTokensBetween = store.getTokensBetween.bind(store) as Store["getTokensBetween"];
    this.getCommentsInside = store.getCommentsInside.bind(store) as Store["getCommentsInside"];
    this.getCommentsBefore = store.getCommentsBefore.bind(store) as Store["getCommentsBefore"];
    this.getCommentsAfter = store.getCommentsAfter.bind(store) as Store["getCommentsAfter"];
    this.commentsExistBetween = store.commentsExistBetween.bind(store) as Store["commentsExistBetween"];
  }

  getAllComments(): Array<InlineComment & SyntaxElement> {
    return this.comments;
  }

  /** Alias of `lines` that ESLint's JavaScript SourceCode has and some plugins call. */
  getLines(): string[] {
    return this.lines;
  }

  /** Whether whitespace separates two tokens or nodes (in either order). */
  isSpaceBetween(first: SyntaxElement, second: SyntaxElement): boolean {
    const [left, right] = first.range[1] <= second.range[0] ? [first, second] : [second, first];
    return this.tokenStore.isSpaceBetween(left, right);
  }

  getInlineConfigNodes(): InlineComment[] {
    return this.comments.filter(isInlineConfigComment);
  }

  getDisableDirectives(): ReturnType<typeof getDisableDirectives> {
    return getDisableDirectives(this.comments);
  }

  applyInlineConfig(): ReturnType<typeof getInlineRuleConfigs> {
    return getInlineRuleConfigs(this.comments);
  }

  override getParent(node: SyntaxElement): SyntaxElement | undefined {
    this.traverse();
    return this.#parents.get(node);
  }

  /** The deepest node whose range contains `index`, or null outside the root. */
  getNodeByRangeIndex(index: number): SyntaxElement | null {
    const contains = (node: SyntaxElement) => node.range[0] <= index && index < node.range[1];
    if (!contains(this.ast)) return null;
    let node: SyntaxElement = this.ast;
    for (;;) {
      const child = this.#children(node).find(contains);
      if (!child) return node;
      node = child;
    }
  }

  /** Enter and exit steps for every node, in source order, following the visitor keys. */
  override traverse(): VisitNodeStep[] {
    if (this.#steps) return this.#steps;
    const steps: VisitNodeStep[] = [];
    const visit = (node: SyntaxElement, parent: SyntaxElement | undefined) => {
      if (parent) this.#parents.set(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const child of this.#children(node)) visit(child, node);
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps;
  }

  #children(node: SyntaxElement): SyntaxElement[] {
    const children: SyntaxElement[] = [];
    for (const key of this.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) children.push(child);
      }
    }
    return children;
  }
}
