import type { Program } from "dockerfile-eslint-parser";
import { closestName } from "../../closest-name.js";
import { BUILD_CHECK_NAMES, CHECK_OPTIONS } from "./build-checks.js";
import { isGoBool } from "./go-values.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=(?=.*\S)(.*)$/u;
const DIRECTIVE_NAMES = new Set(["syntax", "escape", "check"]);

interface Line {
  text: string;
  start: number;
}

/** The lines of `text`, one at a time: directives are read from the top, and stop early. */
function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) {
    yield { text: text.slice(start, match.index), start };
    start = match.index + match[0].length;
  }
  yield { text: text.slice(start), start };
}

/**
 * Docker's parser directives, read the way BuildKit reads them: from the first line, each line
 * a `# name=value` with a known name; the first other line (a comment, an empty line, an
 * instruction) ends them. A `#!` first line is skipped (BuildKit does so for `syntax` and
 * `check`). Returns the offsets of the lines that are directives, and the problems found.
 */
function readDirectives(text: string): { lines: Set<number>; problems: SyntaxProblem[] } {
  const lines = new Set<number>();
  const problems: SyntaxProblem[] = [];
  const seen = new Set<string>();
  let shebang = false;
  // A BOM counts as part of line 1 in our ranges.
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  let index = -1;
  for (const line of linesOf(text)) {
    index++;
    const content = (index === 0 ? line.text.slice(bom) : line.text).trimStart();
    if (index === 0 && content.startsWith("#!")) {
      shebang = true;
      continue;
    }
    const match = DIRECTIVE.exec(content);
    const name = match?.[1].toLowerCase();
    if (!match || !name || !DIRECTIVE_NAMES.has(name)) break;
    // After a `#!` line BuildKit still finds `syntax` and `check`, but no longer `escape`.
    if (shebang && name === "escape") break;
    const start = line.start + line.text.length - content.length;
    if (seen.has(name)) {
      lines.add(line.start);
      problems.push({ messageId: "duplicateDirective", data: { name }, range: [start, start + content.length] });
      continue;
    }
    seen.add(name);
    lines.add(line.start);
    const value = match[2].trim();
    const valueStart = start + content.lastIndexOf(value);
    if (name === "escape" && value !== "\\" && value !== "`") {
      problems.push({ messageId: "invalidEscape", data: { value }, range: [valueStart, valueStart + value.length] });
    }
    if (name === "check") problems.push(...checkOptions(value, valueStart));
  }
  return { lines, problems };
}

/** `# check=skip=A,B;error=true`: unknown options, unknown check names, a bad boolean. */
function checkOptions(value: string, offset: number): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let partStart = offset;
  for (const part of value.split(";")) {
    const equals = part.indexOf("=");
    const key = (equals < 0 ? part : part.slice(0, equals)).trim();
    const keyStart = partStart + part.indexOf(key);
    const optionValue = equals < 0 ? "" : part.slice(equals + 1);
    const valueOffset = partStart + equals + 1;
    if (part.trim() === "") {
      // A stray `;` (`skip=A;`) names no option.
    } else if (equals < 0 || !(CHECK_OPTIONS as readonly string[]).includes(key)) {
      problems.push({ messageId: "unknownCheckOption", data: { option: key }, range: [keyStart, keyStart + Math.max(key.length, 1)] });
    } else if (key === "error") {
      const trimmed = optionValue.trim();
      if (!isGoBool(trimmed)) {
        const at = valueOffset + optionValue.indexOf(trimmed);
        problems.push({ messageId: "checkNotBoolean", data: { value: trimmed }, range: [at, at + trimmed.length] });
      }
    } else if (optionValue.trim() !== "all") {
      let nameOffset = valueOffset;
      for (const raw of optionValue.split(",")) {
        const name = raw.trim();
        const at = nameOffset + raw.indexOf(name);
        if (name !== "" && !(BUILD_CHECK_NAMES as readonly string[]).includes(name)) {
          problems.push({
            messageId: "unknownCheckName",
            data: { name, suggestion: didYouMean(closestName(name, BUILD_CHECK_NAMES)) },
            range: [at, at + name.length],
          });
        }
        nameOffset += raw.length + 1;
      }
    }
    partStart += part.length + 1;
  }
  return problems;
}

/**
 * Parser directives Docker rejects or ignores: a repeated one, a bad `escape` or `check` value,
 * and a `# syntax=`/`# escape=`/`# check=` line below the top of the file (a plain comment for
 * Docker).
 */
export function checkDirectives(program: Program, text: string): SyntaxProblem[] {
  const { lines, problems } = readDirectives(text);
  const candidates = [
    ...program.comments,
    ...program.body.filter((node) => node.type === "DockerfileParserDirective"),
  ];
  for (const { range, loc } of candidates) {
    const source = text.slice(...range);
    // The start of the line from the node's column: searching back for a line break scanned
    // the whole file before each comment of a file without `\r` (quadratic on big files).
    const lineStart = range[0] - loc.start.column;
    const name = DIRECTIVE.exec(source.trimStart())?.[1].toLowerCase();
    if (name && DIRECTIVE_NAMES.has(name) && !lines.has(lineStart)) {
      problems.push({ messageId: "misplacedDirective", data: { name }, range });
    }
  }
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}
