import { closestName } from "../../closest-name.js";
import { HAS_VARIABLE } from "./flag-values.js";
import { isGoBool, isGoUint32 } from "./go-values.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

/** The options of `RUN --mount`, as BuildKit's `parseMount` reads them. */
const MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
const MOUNT_KEYS = [
  "type", "from", "source", "src", "target", "dst", "destination", "readonly", "ro", "readwrite", "rw",
  "required", "size", "id", "sharing", "mode", "uid", "gid", "env",
];
/** Keys that may stand without `=value`. */
const BARE_KEYS = new Set(["readonly", "ro", "readwrite", "rw", "required"]);
/** Keys that only some mount types take. */
const KEY_TYPES: Record<string, string[]> = {
  required: ["secret", "ssh"],
  size: ["tmpfs"],
  sharing: ["cache"],
  mode: ["secret", "ssh", "cache"],
  uid: ["secret", "ssh", "cache"],
  gid: ["secret", "ssh", "cache"],
  from: ["bind", "cache", "tmpfs", "ssh"],
};
const VALUE_CHECKS: Record<string, [(value: string) => boolean, string]> = {
  type: [(value) => MOUNT_TYPES.includes(value.toLowerCase()), "`bind`, `cache`, `tmpfs`, `secret` or `ssh`"],
  sharing: [(value) => ["shared", "private", "locked"].includes(value.toLowerCase()), "`shared`, `private` or `locked`"],
  readonly: [isGoBool, "`true` or `false`"],
  ro: [isGoBool, "`true` or `false`"],
  readwrite: [isGoBool, "`true` or `false`"],
  rw: [isGoBool, "`true` or `false`"],
  required: [isGoBool, "`true` or `false`"],
  mode: [(value) => isGoUint32(value, 8), "an octal mode like `0600`"],
  uid: [(value) => isGoUint32(value, 10), "a numeric user id"],
  gid: [(value) => isGoUint32(value, 10), "a numeric group id"],
};

interface Field {
  key: string;
  value: string | null;
  range: [number, number];
}

/**
 * The comma-separated fields of a `--mount=` flag word, with their source ranges. Null when the
 * word is quoted or escaped (Docker reads it as CSV): then its fields are not checked.
 */
function fieldsOf(flag: Word): Field[] | null {
  const prefix = flag.raw.indexOf("=") + 1;
  const text = flag.raw.slice(prefix);
  if (prefix === 0 || /["'\\`]/u.test(text)) return null;
  const fields: Field[] = [];
  let offset = flag.range[0] + prefix;
  for (const part of text.split(",")) {
    const equals = part.indexOf("=");
    fields.push({
      key: (equals < 0 ? part : part.slice(0, equals)).toLowerCase(),
      value: equals < 0 ? null : part.slice(equals + 1),
      range: [offset, offset + part.length],
    });
    offset += part.length + 1;
  }
  return fields;
}

export function checkMountFlag(flag: Word): SyntaxProblem[] {
  const fields = fieldsOf(flag);
  if (!fields) return [];
  const problems: SyntaxProblem[] = [];
  const typeField = fields.find((field) => field.key === "type");
  const type = typeField?.value?.toLowerCase() ?? "bind";
  const knownType = MOUNT_TYPES.includes(type) && !typeField?.value?.includes("$");
  for (const field of fields) {
    if (field.key === "" && field.value === null) continue;
    const keyRange: [number, number] = [field.range[0], field.range[0] + field.key.length];
    if (!MOUNT_KEYS.includes(field.key)) {
      problems.push({ messageId: "mountUnknownKey", data: { key: field.key, suggestion: didYouMean(closestName(field.key, MOUNT_KEYS)) }, range: keyRange });
      continue;
    }
    if (field.value === null) {
      if (!BARE_KEYS.has(field.key)) problems.push({ messageId: "mountNeedsValue", data: { key: field.key }, range: keyRange });
    } else if (field.key === "from" && HAS_VARIABLE.test(field.value)) {
      problems.push({ messageId: "fromVariable", data: { flag: "from=", value: field.value }, range: field.range });
      continue;
    } else if (!field.value.includes("$")) {
      const check = VALUE_CHECKS[field.key];
      if (check && !check[0](field.value)) {
        problems.push({ messageId: "mountInvalidValue", data: { key: field.key, value: field.value, expected: check[1] }, range: field.range });
        continue;
      }
    }
    const types = KEY_TYPES[field.key];
    if (knownType && types && !types.includes(type)) {
      problems.push({ messageId: "mountKeyWrongType", data: { key: field.key, type }, range: keyRange });
    }
  }
  if (knownType && type === "secret" && !fields.some((field) => ["id", "source", "src", "target", "dst", "destination", "env"].includes(field.key))) {
    problems.push({ messageId: "mountSecretWithoutName", range: flag.range });
  }
  return problems;
}
