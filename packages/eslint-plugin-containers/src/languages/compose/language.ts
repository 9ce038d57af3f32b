import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import type { AST } from "yaml-eslint-parser";
import { parseYamlFile, yamlVisitorKeys } from "../../utils/yaml-parser.js";
import { ComposeSourceCode } from "./source-code.js";

export interface ComposeLanguageOptions {
  [key: string]: unknown;
  parserOptions?: {
    /** YAML version for documents without a `%YAML` directive; yaml-eslint-parser defaults to 1.2. */
    defaultYAMLVersion?: "1.1" | "1.2";
  };
}

const YAML_VERSIONS = new Set(["1.1", "1.2"]);

/**
 * `containers/compose`: Compose files as an ESLint language over `yaml-eslint-parser`, so
 * `containers/compose-*` rules and eslint-plugin-yml's `yml/*` rules run on the same file.
 */
export class ComposeLanguage
  implements
    Language<{
      LangOptions: ComposeLanguageOptions;
      Code: ComposeSourceCode;
      RootNode: AST.YAMLProgram;
      Node: AST.YAMLNode;
    }>
{
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 0 as const;
  readonly nodeTypeKey = "type";
  // A getter: the YAML parser is loaded with the first YAML file, not at import.
  get visitorKeys(): Record<string, string[]> {
    return yamlVisitorKeys();
  }
  readonly defaultLanguageOptions: ComposeLanguageOptions = {};

  validateLanguageOptions(options: ComposeLanguageOptions): void {
    const version = options.parserOptions?.defaultYAMLVersion;
    if (version !== undefined && !YAML_VERSIONS.has(version)) {
      throw new TypeError(
        `Expected parserOptions.defaultYAMLVersion to be "1.1" or "1.2", got ${JSON.stringify(version)}.`,
      );
    }
  }

  parse(file: File, context: { languageOptions: ComposeLanguageOptions }): ParseResult<AST.YAMLProgram> {
    // ESLint strips the BOM and hands text files over as strings.
    const text = String(file.body);
    return parseYamlFile(text, {
      filePath: file.path,
      defaultYAMLVersion: context.languageOptions?.parserOptions?.defaultYAMLVersion,
    });
  }

  createSourceCode(file: File, result: OkParseResult<AST.YAMLProgram>): ComposeSourceCode {
    return new ComposeSourceCode({
      text: String(file.body),
      ast: result.ast,
      hasBOM: file.bom,
      visitorKeys: this.visitorKeys,
    });
  }
}

export const composeLanguage = new ComposeLanguage();
