/**
 * `yaml-eslint-parser`, loaded on first use instead of at import.
 *
 * It (with the `yaml` package under it, ~75 modules) was about a third of the plugin's import
 * time, paid by every process, including the many that only lint Dockerfiles. ESLint parses
 * synchronously, so the module is loaded with `require` (Node 20.19+ requires ES modules
 * synchronously). Only plain functions and data cross this boundary (the AST is plain objects),
 * so our copy need not be the instance other plugins (eslint-plugin-yml) import.
 */
import { createRequire } from "node:module";
import type { ParseResult } from "@eslint/core";
import type * as YamlEslintParser from "yaml-eslint-parser";

/**
 * Set only in the published bundle (scripts/bundle.mjs defines it): the path, beside the bundle,
 * of yaml-eslint-parser and `yaml` joined into one file. Loading that one file instead of the
 * ~75 modules of the packages took the first Compose lint's YAML start-up from ~80 to ~25 ms of CPU.
 * From the sources (tests) and tsc's output it is undefined and the package itself is loaded.
 */
declare const __VENDORED_YAML_ESLINT_PARSER__: string | undefined;

let loaded: typeof YamlEslintParser | undefined;

function yamlEslintParser(): typeof YamlEslintParser {
  const module =
    typeof __VENDORED_YAML_ESLINT_PARSER__ === "string" ? __VENDORED_YAML_ESLINT_PARSER__ : "yaml-eslint-parser";
  loaded ??= createRequire(import.meta.url)(module) as typeof YamlEslintParser;
  return loaded;
}

export const parseYAML: typeof YamlEslintParser.parseYAML = (text, options) => yamlEslintParser().parseYAML(text, options);

// An overloaded function: forwarded with its own signature.
export const getStaticYAMLValue = ((node: never) =>
  yamlEslintParser().getStaticYAMLValue(node)) as typeof YamlEslintParser.getStaticYAMLValue;

/** The visitor keys of the YAML AST, for the languages' `visitorKeys`. */
export function yamlVisitorKeys(): Record<string, string[]> {
  return yamlEslintParser().VisitorKeys as Record<string, string[]>;
}

/**
 * A YAML file parsed for an ESLint language: the AST, or the parsing error at its line and
 * column (yaml-eslint-parser's columns are 0-based; ESLint shows parse errors as given, 1-based).
 */
export function parseYamlFile(
  text: string,
  options: Parameters<typeof YamlEslintParser.parseYAML>[1],
): ParseResult<YamlEslintParser.AST.YAMLProgram> {
  try {
    return { ok: true, ast: parseYAML(text, options) };
  } catch (error) {
    const { message, lineNumber, column } = error as { message: string; lineNumber?: number; column?: number };
    return { ok: false, errors: [{ message, line: lineNumber ?? 1, column: (column ?? 0) + 1 }] };
  }
}
