import type { ShellWord } from "dockerfile-eslint-parser";

/**
 * What a command's options say, read the getopt way: `-xzf file`, `-u 100000`, `-u100000`,
 * `--uid 100000`, `--uid=100000`. Only the options named in `valued` take a value, so a cluster
 * like `-mlu 100000` reads as `-m -l -u 100000`. Words with an expansion are skipped.
 */
export interface ParsedOptions {
  /** Every flag seen, short ones as `-x` and long ones as `--name`. */
  flags: Set<string>;
  /** The value of each valued option (the last one wins), with the word that holds it. */
  values: Map<string, { value: string; word: ShellWord }>;
  /** The arguments that are not options or option values, in order. */
  operands: ShellWord[];
}

export function parseOptions(args: readonly ShellWord[], valued: ReadonlySet<string>): ParsedOptions {
  const parsed: ParsedOptions = { flags: new Set(), values: new Map(), operands: [] };
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    const text = word.value;
    if (text === null) {
      parsed.operands.push(word);
      continue;
    }
    if (text === "--") {
      parsed.operands.push(...args.slice(index + 1));
      break;
    }
    if (text.startsWith("--")) {
      const equals = text.indexOf("=");
      const name = equals === -1 ? text : text.slice(0, equals);
      parsed.flags.add(name);
      if (equals !== -1) parsed.values.set(name, { value: text.slice(equals + 1), word });
      else if (valued.has(name) && index + 1 < args.length) {
        const next = args[++index];
        if (next.value !== null) parsed.values.set(name, { value: next.value, word: next });
      }
      continue;
    }
    if (text.length < 2 || !text.startsWith("-")) {
      parsed.operands.push(word);
      continue;
    }
    for (let position = 1; position < text.length; position++) {
      const flag = `-${text[position]}`;
      parsed.flags.add(flag);
      if (!valued.has(flag)) continue;
      const rest = text.slice(position + 1);
      if (rest) parsed.values.set(flag, { value: rest, word });
      else if (index + 1 < args.length) {
        const next = args[++index];
        if (next.value !== null) parsed.values.set(flag, { value: next.value, word: next });
      }
      break;
    }
  }
  return parsed;
}
