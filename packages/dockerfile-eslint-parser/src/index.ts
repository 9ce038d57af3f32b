import type { Program } from "./ast.js";
import { parseDockerfile } from "./parse-dockerfile.js";
import { visitorKeys } from "./visitor-keys.js";

export type * from "./ast.js";
export { parseDockerfile } from "./parse-dockerfile.js";
export { DockerfileParseError } from "./parse-error.js";
export { parseImageReference, type ImageReferenceParts } from "./image-reference.js";
export { LineIndex } from "./line-index.js";
export { isWindowsImage } from "./shell/shell-of-stage.js";
export { shellText, type ShellText } from "./shell/shell-text.js";
export { visitorKeys } from "./visitor-keys.js";
/** The shell parser (WebAssembly) is ready a few microtasks after import; see tree-sitter-bash.ts. */
export { isShellParserReady, shellParserReady } from "./shell/tree-sitter-bash.js";

export const meta = { name: "dockerfile-eslint-parser", version: "0.1.0" };

/** Parser services: lets rules written for the Dockerfile language also run in parser mode. */
export interface DockerfileParserServices {
  isDockerfile: true;
}

/**
 * The ESLint custom-parser entry (`languageOptions.parser`). The text ESLint passes has no BOM;
 * a BOM left in is tolerated and counted as the first character.
 */
export function parseForESLint(text: string): {
  ast: Program;
  visitorKeys: typeof visitorKeys;
  services: DockerfileParserServices;
  scopeManager: null;
} {
  return { ast: parseDockerfile(text), visitorKeys, services: { isDockerfile: true }, scopeManager: null };
}

/** ESLint's plain `parse` entry, for tools that only call that. */
export function parse(text: string): Program {
  return parseDockerfile(text);
}
