import type { Program } from "dockerfile-eslint-parser";
import { InlineConfigSourceCode } from "../shared/source-code.js";

/**
 * The SourceCode of a Dockerfile: our parser's AST with the shared `#` inline-config and token
 * support. Docker's own `# syntax=`/`# escape=`/`# check=` directives are AST nodes, not
 * comments, so they never read as ESLint directives.
 */
export class DockerfileSourceCode extends InlineConfigSourceCode<Program> {
  constructor(options: { text: string; ast: Program; hasBOM: boolean; visitorKeys: Record<string, string[]> }) {
    super({
      text: options.text,
      ast: options.ast,
      comments: options.ast.comments,
      tokens: options.ast.tokens,
      visitorKeys: options.visitorKeys,
      parserServices: { isDockerfile: true },
      hasBOM: options.hasBOM,
    });
  }
}
