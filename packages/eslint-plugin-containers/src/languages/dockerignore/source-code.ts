import { InlineConfigSourceCode } from "../shared/source-code.js";
import type { DockerignoreProgram } from "./ast.js";

/**
 * The SourceCode of a `.dockerignore` file: one node per line, with the shared `#` inline-config
 * support (`# eslint-disable-next-line ...` above a pattern). `parserServices.isDockerignore`
 * tells multi-language rules which file kind they are in.
 */
export class DockerignoreSourceCode extends InlineConfigSourceCode<DockerignoreProgram> {
  constructor(options: { text: string; ast: DockerignoreProgram; hasBOM: boolean; visitorKeys: Record<string, string[]> }) {
    super({
      text: options.text,
      ast: options.ast,
      comments: options.ast.comments,
      tokens: options.ast.tokens,
      visitorKeys: options.visitorKeys,
      parserServices: { isDockerignore: true },
      hasBOM: options.hasBOM,
    });
  }
}
