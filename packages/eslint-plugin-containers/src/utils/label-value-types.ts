import { createRequire } from "node:module";
import type Semver from "semver";
import type ParseSpdx from "spdx-expression-parse";

// Loaded when a label is first checked as `semver` or `spdx`, not with the plugin (semver alone
// is ~50 modules, paid at start-up by every lint that never needs it).
const require = createRequire(import.meta.url);
let semver: typeof Semver | undefined;
let parseSpdx: typeof ParseSpdx | undefined;

/** The value types of hadolint's `label-schema` (DL3052–DL3058), plus `text`. */
export const LABEL_VALUE_TYPES = ["url", "rfc3339", "spdx", "semver", "email", "hash", "text"] as const;
export type LabelValueType = (typeof LABEL_VALUE_TYPES)[number];

/** What a value of each type looks like, for messages. */
export const LABEL_VALUE_DESCRIPTIONS: Record<LabelValueType, string> = {
  url: "a URL (`https://example.com/app`)",
  rfc3339: "an RFC 3339 date-time (`2024-05-01T12:00:00Z`)",
  spdx: "an SPDX license expression (`MIT`, `Apache-2.0 OR MIT`)",
  semver: "a semantic version (`1.2.3`)",
  email: "an email address (`team@example.com`)",
  hash: "a full git commit hash (40 or 64 hex digits)",
  text: "text",
};

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/u;

/** Whether `value` (non-empty) is of the type. */
export function isLabelValueOfType(value: string, type: LabelValueType): boolean {
  switch (type) {
    case "url":
      return /^[a-z][a-z0-9+.-]*:\S+$/iu.test(value) && URL.canParse(value);
    case "rfc3339": {
      const match = RFC3339.exec(value);
      if (!match) return false;
      const [, year, month, day, hour, minute, second] = match.map(Number);
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 61;
    }
    case "spdx":
      parseSpdx ??= require("spdx-expression-parse") as typeof ParseSpdx;
      try {
        parseSpdx(value);
        return true;
      } catch {
        return false;
      }
    case "semver":
      semver ??= require("semver") as typeof Semver;
      return semver.valid(value) !== null;
    case "email":
      return /^[^\s@<>"]+@[^\s@<>".]+(?:\.[^\s@<>".]+)+$/u.test(value);
    case "hash":
      return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u.test(value);
    case "text":
      return true;
  }
}
