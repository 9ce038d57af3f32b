/**
 * Every supported ESLint major, for `describe.each(ESLINT_VERSIONS)("ESLint $version", ...)`.
 * ESLint 9 comes from the `eslint-v9` npm alias installed at the repository root. The entries
 * are typed with ESLint 10's types: the APIs the tests use are the same in both.
 */
import * as eslint10 from "eslint";
import * as eslint9 from "eslint-v9";
import { afterAll, describe, it } from "vitest";

export interface ESLintVersion {
  version: 9 | 10;
  ESLint: typeof eslint10.ESLint;
  RuleTester: typeof eslint10.RuleTester;
  Linter: typeof eslint10.Linter;
}

export const ESLINT_VERSIONS: ESLintVersion[] = [
  {
    version: 9,
    ESLint: eslint9.ESLint as unknown as typeof eslint10.ESLint,
    RuleTester: eslint9.RuleTester as unknown as typeof eslint10.RuleTester,
    Linter: eslint9.Linter as unknown as typeof eslint10.Linter,
  },
  { version: 10, ESLint: eslint10.ESLint, RuleTester: eslint10.RuleTester, Linter: eslint10.Linter },
];

// RuleTester looks for mocha-style globals; hand it vitest's so each case is its own test.
for (const { RuleTester } of ESLINT_VERSIONS) {
  const tester = RuleTester as unknown as Record<string, unknown>;
  tester.describe = describe;
  tester.it = it;
  tester.itOnly = it.only;
  tester.afterAll = afterAll;
}
