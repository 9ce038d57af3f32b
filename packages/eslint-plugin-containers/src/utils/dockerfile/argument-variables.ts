import { type VariableUse, variableUses } from "./variables.js";

export interface LocatedVariableUse extends VariableUse {
  /** Source offsets of the whole expansion (`${A:-b}`), for reports and fixes. */
  range: [number, number];
  /** Source offsets of the name alone (`A`). */
  nameRange: [number, number];
}

/**
 * The variables Docker expands in an argument (or any text with its source range), located in
 * the source. Text in single quotes is
 * literal for Docker's lexer (`LABEL x='$A'`), so it is skipped; the escape character before
 * `$` makes it literal too.
 */
export function argumentVariableUses(argument: { raw: string; range: [number, number] }, escapeCharacter: string): LocatedVariableUse[] {
  if (!argument.raw.includes("$")) return [];
  const masked = maskSingleQuoted(argument.raw, escapeCharacter);
  const base = argument.range[0];
  return variableUses(masked, escapeCharacter).map((use) => {
    const nameStart = use.start + (argument.raw[use.start + 1] === "{" ? 2 : 1);
    return {
      ...use,
      range: [base + use.start, base + use.end],
      nameRange: [base + nameStart, base + nameStart + use.name.length],
    };
  });
}

/** `raw` with every character inside single quotes (outside double quotes) replaced by a space. */
function maskSingleQuoted(raw: string, escapeCharacter: string): string {
  let result = "";
  let quote: string | null = null;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (quote === "'") {
      result += char === "'" ? char : " ";
      if (char === "'") quote = null;
    } else if (char === escapeCharacter) {
      result += raw.slice(index, index + 2);
      index++;
    } else {
      if (char === '"') quote = quote === '"' ? null : '"';
      else if (char === "'" && quote === null) quote = "'";
      result += char;
    }
  }
  return result;
}
