import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import { closestName } from "../../closest-name.js";
import { FLAG_VALUE_CHECKS, HAS_VARIABLE } from "./flag-values.js";
import { flagsOf } from "./instruction-specs.js";
import { checkMountFlag } from "./mount-options.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

/**
 * The leading `--flag` words of an instruction against what Docker accepts: unknown or repeated
 * flags, a missing value, a bad boolean, and the values Docker validates while parsing.
 * `HEALTHCHECK NONE` never reads its flags, so any flag there is reported as ignored.
 */
export function checkFlags(instruction: DockerfileInstruction, flags: Word[]): SyntaxProblem[] {
  if (flags.length === 0) return [];
  const keyword = instruction.keyword.value;
  const accepted = flagsOf(keyword);
  const healthcheckNone = instruction.type === "DockerfileHealthcheck" && instruction.subcommand?.value === "NONE";
  const problems: SyntaxProblem[] = [];
  const seen = new Set<string>();
  for (const flag of flags) {
    // A bare `--` ends the flags for Docker.
    if (flag.value === "--") break;
    const body = flag.value.slice(2);
    const equals = body.indexOf("=");
    const name = equals < 0 ? body : body.slice(0, equals);
    const value = equals < 0 ? null : body.slice(equals + 1);
    const nameRange: [number, number] = flag.raw.startsWith(`--${name}`) ? [flag.range[0], flag.range[0] + 2 + name.length] : flag.range;
    const kind = accepted[name];
    if (healthcheckNone) {
      problems.push({ messageId: "ignoredHealthcheckFlag", data: { flag: name }, range: nameRange });
      continue;
    }
    if (!kind) {
      const names = Object.keys(accepted);
      problems.push({
        messageId: "unknownFlag",
        data: {
          flag: name,
          keyword,
          suggestion: didYouMean(closestName(name, names), "--"),
          accepted: names.length > 0 ? names.map((known) => `\`--${known}\``).join(", ") : "no flags",
        },
        range: nameRange,
      });
      continue;
    }
    if (seen.has(name) && kind !== "strings") {
      problems.push({ messageId: "duplicateFlag", data: { flag: name }, range: nameRange });
      continue;
    }
    seen.add(name);
    if (kind === "bool") {
      if (value === "") problems.push({ messageId: "flagNeedsValue", data: { flag: name }, range: flag.range });
      else if (value !== null && !value.includes("$") && !/^(?:true|false)$/iu.test(value)) {
        problems.push({ messageId: "flagNotBoolean", data: { flag: name, value }, range: flag.range });
      }
      continue;
    }
    if (value === null) {
      problems.push({ messageId: "flagNeedsValue", data: { flag: name }, range: flag.range });
      continue;
    }
    if (name === "mount") {
      problems.push(...checkMountFlag(flag));
      continue;
    }
    if (name === "from" && HAS_VARIABLE.test(value)) {
      problems.push({ messageId: "fromVariable", data: { flag: "--from", value }, range: flag.range });
      continue;
    }
    if (value.includes("$")) continue;
    const expected = FLAG_VALUE_CHECKS[name]?.(value);
    if (expected) problems.push({ messageId: "invalidFlagValue", data: { flag: name, value, expected }, range: flag.range });
  }
  return problems;
}
