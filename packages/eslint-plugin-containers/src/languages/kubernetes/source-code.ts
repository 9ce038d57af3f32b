import type { AST } from "yaml-eslint-parser";
import { InlineConfigSourceCode } from "../shared/source-code.js";

/**
 * The SourceCode of a Kubernetes manifest: the `yaml-eslint-parser` AST (every `---` document)
 * with our shared inline-config and token support. `parserServices` carries `isKubernetes` (our
 * rules) and `isYAML` (eslint-plugin-yml's rules check it before running).
 */
export class KubernetesSourceCode extends InlineConfigSourceCode<AST.YAMLProgram> {
  constructor(options: {
    text: string;
    ast: AST.YAMLProgram;
    hasBOM: boolean;
    visitorKeys: Record<string, string[]>;
    /** A raw Helm template that was not parsed (see `KubernetesLanguage.parse`). */
    skipped: boolean;
  }) {
    super({
      text: options.text,
      ast: options.ast,
      comments: options.ast.comments,
      tokens: options.ast.tokens,
      visitorKeys: options.visitorKeys,
      parserServices: { isKubernetes: true, isYAML: true, isHelmTemplate: options.skipped },
      hasBOM: options.hasBOM,
    });
  }
}
