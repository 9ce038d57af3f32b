/**
 * The error thrown when a file cannot be turned into an AST. ESLint reads `lineNumber` and
 * `column` (1-based) from it and prints "Parsing error: <message>" at that place.
 */
export class DockerfileParseError extends SyntaxError {
  readonly lineNumber: number;
  readonly column: number;
  readonly index: number;

  constructor(message: string, position: { line: number; column: number }, index: number) {
    super(message);
    this.name = "DockerfileParseError";
    this.lineNumber = position.line;
    this.column = position.column + 1;
    this.index = index;
  }
}
