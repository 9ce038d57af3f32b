import type { AST } from "yaml-eslint-parser";
import { InlineConfigSourceCode } from "../shared/source-code.js";

/**
 * The SourceCode of a Compose file: the `yaml-eslint-parser` AST with our shared inline-config
 * and token support. `parserServices` carries `isCompose` (our rules) and `isYAML`
 * (eslint-plugin-yml's rules check it before running).
 */
export class ComposeSourceCode extends InlineConfigSourceCode<AST.YAMLProgram> {
  constructor(options: {
    text: string;
    ast: AST.YAMLProgram;
    hasBOM: boolean;
    visitorKeys: Record<string, string[]>;
  }) {
    super({
      text: options.text,
      ast: options.ast,
      comments: options.ast.comments,
      tokens: options.ast.tokens,
      visitorKeys: options.visitorKeys,
      parserServices: { isCompose: true, isYAML: true },
      hasBOM: options.hasBOM,
    });
  }
}
