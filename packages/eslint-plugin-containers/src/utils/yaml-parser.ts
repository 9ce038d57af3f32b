/**
 * `yaml-eslint-parser`, loaded on first use instead of at import.
 *
 * It (with the `yaml` package under it, ~75 modules) was about a third of the plugin's import
 * time, paid by every process, including the many that only lint Dockerfiles. ESLint parses
 * synchronously, so the module is loaded with `require` (Node 20.19+ requires ES modules
 * synchronously); it is the same module instance an `import` of it elsewhere gets.
 */
import { createRequire } from "node:module";
import type * as YamlEslintParser from "yaml-eslint-parser";

let loaded: typeof YamlEslintParser | undefined;

function yamlEslintParser(): typeof YamlEslintParser {
  loaded ??= createRequire(import.meta.url)("yaml-eslint-parser") as typeof YamlEslintParser;
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
