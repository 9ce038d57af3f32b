/**
 * Docker's variable syntax in instruction arguments: `$NAME`, `${NAME}`, and the modifiers
 * `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`, `${NAME:?msg}`, `${NAME?msg}`
 * (plus BuildKit's `#`, `%` and `/` pattern forms, which are read as "the variable"). The escape
 * character before `$` makes it literal.
 */

export interface VariableUse {
  name: string;
  /** Offsets of the whole expansion (`${A:-b}`) in the text it was found in. */
  start: number;
  end: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, or null for a plain `$A`/`${A}`. Pattern forms give null. */
  modifier: string | null;
  /** The word after the modifier (`b` in `${A:-b}`), as written. */
  word: string | null;
}

const NAME = /^[A-Za-z_]\w*/u;
const MODIFIER = /^:?[-+?]/u;

/** Every variable expansion in `text`, in order. Nested expansions in a word are not listed. */
export function variableUses(text: string, escapeCharacter = "\\"): VariableUse[] {
  // Most words expand nothing.
  if (!text.includes("$")) return [];
  const uses: VariableUse[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === escapeCharacter) {
      index += 2;
      continue;
    }
    if (char !== "$") {
      index++;
      continue;
    }
    const use = readExpansion(text, index);
    if (use) {
      uses.push(use);
      index = use.end;
    } else index++;
  }
  return uses;
}

function readExpansion(text: string, start: number): VariableUse | null {
  if (text[start + 1] !== "{") {
    const name = NAME.exec(text.slice(start + 1))?.[0];
    return name ? { name, start, end: start + 1 + name.length, modifier: null, word: null } : null;
  }
  const close = matchingBrace(text, start + 1);
  if (close === -1) return null;
  const inner = text.slice(start + 2, close);
  const name = NAME.exec(inner)?.[0];
  if (!name) return null;
  const rest = inner.slice(name.length);
  const modifier = MODIFIER.exec(rest)?.[0] ?? null;
  return {
    name,
    start,
    end: close + 1,
    modifier,
    word: modifier ? rest.slice(modifier.length) : null,
  };
}

/** The `}` closing the `{` at `open`, counting nested `${...}`; -1 when unterminated. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return -1;
}

export interface Expansion {
  value: string;
  /** Names that had no value and no default; the result then holds an empty string for each. */
  unresolved: string[];
}

/**
 * Expands the variables of `text` as Docker does, with `lookup` giving a variable's value
 * (undefined when it is not defined). `${A:-b}` falls back to `b`, `${A:+b}` gives `b` when
 * `A` is set. Pattern forms expand to the plain value.
 */
export function expandVariables(text: string, lookup: (name: string) => string | undefined, escapeCharacter = "\\"): Expansion {
  const unresolved: string[] = [];
  let value = "";
  let last = 0;
  for (const use of variableUses(text, escapeCharacter)) {
    value += text.slice(last, use.start);
    last = use.end;
    const current = lookup(use.name);
    const set = current !== undefined;
    const nonEmpty = set && current !== "";
    const word = use.word === null ? "" : expandVariables(use.word, lookup, escapeCharacter);
    if (use.word !== null) unresolved.push(...(word as Expansion).unresolved);
    const wordValue = typeof word === "string" ? word : word.value;
    switch (use.modifier) {
      case ":-":
        value += nonEmpty ? current : wordValue;
        break;
      case "-":
        value += set ? current : wordValue;
        break;
      case ":+":
        value += nonEmpty ? wordValue : "";
        break;
      case "+":
        value += set ? wordValue : "";
        break;
      default:
        if (!set) unresolved.push(use.name);
        value += current ?? "";
    }
  }
  return { value: value + text.slice(last), unresolved };
}
