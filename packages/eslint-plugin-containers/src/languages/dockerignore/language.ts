import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { type DockerignoreNode, type DockerignoreProgram, visitorKeys } from "./ast.js";
import { parseDockerignore } from "./parse.js";
import { DockerignoreSourceCode } from "./source-code.js";

/**
 * `containers/dockerignore`: `.dockerignore` files (and per-Dockerfile `<Dockerfile>.dockerignore`
 * files) as an ESLint language. Every text parses: a line is a pattern, a comment or blank.
 */
export class DockerignoreLanguage
  implements
    Language<{
      LangOptions: Record<string, never>;
      Code: DockerignoreSourceCode;
      RootNode: DockerignoreProgram;
      Node: DockerignoreNode;
    }>
{
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 0 as const;
  readonly nodeTypeKey = "type";
  readonly visitorKeys = visitorKeys as Record<string, string[]>;
  readonly defaultLanguageOptions = {};

  validateLanguageOptions(): void {
    // No options.
  }

  parse(file: File): ParseResult<DockerignoreProgram> {
    // ESLint strips the BOM and hands text files over as strings (Docker strips it too).
    return { ok: true, ast: parseDockerignore(String(file.body)) };
  }

  createSourceCode(file: File, result: OkParseResult<DockerignoreProgram>): DockerignoreSourceCode {
    return new DockerignoreSourceCode({
      text: String(file.body),
      ast: result.ast,
      hasBOM: file.bom,
      visitorKeys: this.visitorKeys,
    });
  }
}

export const dockerignoreLanguage = new DockerignoreLanguage();
