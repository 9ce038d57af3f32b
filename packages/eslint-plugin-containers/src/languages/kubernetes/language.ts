import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import type { AST } from "yaml-eslint-parser";
import { parseYamlFile, yamlVisitorKeys } from "../../utils/yaml-parser.js";
import { blankText, isRawHelmTemplate } from "./helm-template.js";
import { KubernetesSourceCode } from "./source-code.js";

/**
 * `containers/kubernetes`: Kubernetes manifests as an ESLint language over `yaml-eslint-parser`,
 * like `containers/compose`, but every `---` document counts: rules read the documents that are
 * Kubernetes objects (`apiVersion` and `kind` at the top level) and skip the rest.
 */
export class KubernetesLanguage
  implements
    Language<{
      LangOptions: Record<string, unknown>;
      Code: KubernetesSourceCode;
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
  readonly defaultLanguageOptions = {};

  validateLanguageOptions(): void {
    // No options yet.
  }

  parse(file: File): ParseResult<AST.YAMLProgram> {
    // ESLint strips the BOM and hands text files over as strings.
    const text = String(file.body);
    // A raw Helm template is not YAML yet: an empty program over blank text, so no noise.
    const source = isRawHelmTemplate(file.path, text) ? blankText(text) : text;
    return parseYamlFile(source, { filePath: file.path });
  }

  createSourceCode(file: File, result: OkParseResult<AST.YAMLProgram>): KubernetesSourceCode {
    const text = String(file.body);
    return new KubernetesSourceCode({
      text,
      ast: result.ast,
      hasBOM: file.bom,
      visitorKeys: this.visitorKeys,
      skipped: isRawHelmTemplate(file.path, text),
    });
  }
}

export const kubernetesLanguage = new KubernetesLanguage();
