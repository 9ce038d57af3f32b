import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { DockerfileParseError, type Node, parseDockerfile, type Program, visitorKeys } from "dockerfile-eslint-parser";
import { DockerfileSourceCode } from "./source-code.js";

/**
 * `containers/dockerfile`: Dockerfiles as an ESLint language over `dockerfile-eslint-parser`.
 * The parser is tolerant, so a broken instruction does not stop the rules on the rest of the
 * file; only an internal failure becomes a "Parsing error" with its line and column.
 */
export class DockerfileLanguage
  implements
    Language<{
      LangOptions: Record<string, never>;
      Code: DockerfileSourceCode;
      RootNode: Program;
      Node: Node;
    }>
{
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 0 as const;
  readonly nodeTypeKey = "type";
  readonly visitorKeys = visitorKeys as Record<string, string[]>;
  readonly defaultLanguageOptions = {};

  validateLanguageOptions(): void {
    // No options yet.
  }

  parse(file: File): ParseResult<Program> {
    // ESLint strips the BOM and hands text files over as strings.
    const text = String(file.body);
    try {
      return { ok: true, ast: parseDockerfile(text) };
    } catch (error) {
      if (error instanceof DockerfileParseError) {
        return { ok: false, errors: [{ message: error.message, line: error.lineNumber, column: error.column }] };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ message: `Cannot parse this Dockerfile: ${message}`, line: 1, column: 1 }] };
    }
  }

  createSourceCode(file: File, result: OkParseResult<Program>): DockerfileSourceCode {
    return new DockerfileSourceCode({
      text: String(file.body),
      ast: result.ast,
      hasBOM: file.bom,
      visitorKeys: this.visitorKeys,
    });
  }
}

export const dockerfileLanguage = new DockerfileLanguage();
