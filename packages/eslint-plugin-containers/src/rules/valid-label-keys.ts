import type { DockerfileKeyValue } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

/** Namespaces Docker reserves for its own labels. */
const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

/** Why a label key breaks Docker's key guidelines, or null when it follows them. */
function problemOf(key: string): { messageId: string; data: Record<string, string> } | null {
  const reserved = RESERVED.find((prefix) => key.toLowerCase().startsWith(prefix));
  if (reserved) return { messageId: "reserved", data: { key, namespace: reserved.slice(0, -1) } };
  const invalid = /[^a-z0-9.-]/u.exec(key);
  if (invalid) return { messageId: "character", data: { key, character: invalid[0] } };
  if (!/^[a-z]/u.test(key) || !/[a-z]$/u.test(key)) return { messageId: "ends", data: { key } };
  if (/\.\.|--|\.-|-\./u.test(key)) return { messageId: "separators", data: { key } };
  return null;
}

export default createRule("valid-label-keys", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require label keys that follow Docker's key format and stay out of its reserved namespaces",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      reserved: "Label key `{{key}}` is in the `{{namespace}}` namespace, which Docker reserves for its own labels; use your own reverse-DNS prefix.",
      character:
        "Label key `{{key}}` contains `{{character}}`; label keys use only lowercase letters, digits, `.` and `-`.",
      ends: "Label key `{{key}}` must begin and end with a lowercase letter.",
      separators: "Label key `{{key}}` has two separators (`.` or `-`) in a row.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileLabel > DockerfileKeyValue"(pair: DockerfileKeyValue) {
        const key = pair.key.value;
        // A key built from a variable is judged by what the build passes in.
        if (key.includes("$")) return;
        const problem = problemOf(key);
        if (problem) context.report({ node: pair.key, ...problem });
      },
    };
  },
});
