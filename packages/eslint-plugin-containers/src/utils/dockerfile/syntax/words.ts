import { shellText, type DockerfileInstruction, type Range } from "dockerfile-eslint-parser";
import type { SyntaxContext } from "./problem.js";

/** A whitespace-separated word of an instruction line, the way Docker's word splitter reads it. */
export interface Word {
  /** The source text. */
  raw: string;
  /** Quotes removed (escapes kept, as Docker's `parseWords` keeps them). */
  value: string;
  range: Range;
  /** Offset of a quote that is never closed in this word, or -1. */
  openQuote: number;
}

/**
 * The words of an instruction after its keyword, on its logical line only (continuations
 * joined, comment lines inside them skipped, heredoc bodies left out). Quotes group spaces, the
 * escape character protects the next character outside single quotes, as in BuildKit's
 * `parseWords` and `extractBuilderFlags`.
 */
export function instructionWords(instruction: DockerfileInstruction, context: SyntaxContext): Word[] {
  let words = wordsOfInstruction.get(instruction);
  if (!words) {
    const line = logicalLine(instruction, context);
    words = splitWords(line.padded, line.offset, context.escapeCharacter);
    wordsOfInstruction.set(instruction, words);
  }
  return words;
}

/**
 * Logical lines and words per instruction: several syntax checks read them, and an
 * instruction's text (it belongs to one file) never changes.
 */
const logicalLines = new WeakMap<DockerfileInstruction, { padded: string; offset: number }>();
const wordsOfInstruction = new WeakMap<DockerfileInstruction, Word[]>();

/**
 * The instruction's text after its keyword up to the end of its logical line, same length as
 * the source (continuations and comment lines blanked), and the source offset it starts at.
 */
export function logicalLine(instruction: DockerfileInstruction, context: SyntaxContext): { padded: string; offset: number } {
  let line = logicalLines.get(instruction);
  if (!line) {
    const offset = instruction.keyword.range[1];
    const source = context.text.slice(offset, instruction.range[1]);
    // One line without the escape character is its own logical line (most instructions).
    const plain = !source.includes("\n") && !source.includes("\r") && !source.includes(context.escapeCharacter);
    const text = plain ? null : shellText(source, context.escapeCharacter);
    line = { padded: text ? text.padded.slice(0, text.firstLineEnd) : source, offset };
    logicalLines.set(instruction, line);
  }
  return line;
}

/** `/\s/u.test(char)`, without a regular expression for ASCII. */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(char);
}

export function splitWords(padded: string, offset: number, escapeCharacter: string): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < padded.length) {
    while (index < padded.length && isSpace(padded[index])) index++;
    if (index >= padded.length) break;
    const begin = index;
    // The value is the word without its quote characters, built from the slices between them.
    let value = "";
    let segment = index;
    let quote: string | null = null;
    let quoteAt = -1;
    while (index < padded.length && (quote !== null || !isSpace(padded[index]))) {
      const char = padded[index];
      if (quote === null && (char === '"' || char === "'")) {
        value += padded.slice(segment, index);
        segment = index + 1;
        quote = char;
        quoteAt = index;
      } else if (quote !== null && char === quote) {
        value += padded.slice(segment, index);
        segment = index + 1;
        quote = null;
      } else if (char === escapeCharacter && quote !== "'" && index + 1 < padded.length) {
        // The escape and the character after it are both kept.
        index++;
      }
      index++;
    }
    value += padded.slice(segment, index);
    const end = padded.slice(begin, index).trimEnd().length + begin;
    words.push({
      raw: padded.slice(begin, end),
      value,
      range: [offset + begin, offset + end],
      openQuote: quote === null ? -1 : offset + quoteAt,
    });
  }
  return words;
}

/** The leading `--name[=value]` words: the flags Docker reads before an instruction's arguments. */
export function leadingFlags(words: Word[]): Word[] {
  const flags: Word[] = [];
  for (const word of words) {
    if (!word.raw.startsWith("--")) break;
    flags.push(word);
  }
  return flags;
}
