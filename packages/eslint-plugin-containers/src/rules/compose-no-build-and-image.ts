import type { AST } from "yaml-eslint-parser";
import { createRule, type SuggestionDescriptor } from "../utils/create-rule.js";
import {
  entryNode,
  findEntry,
  getComposeRoot,
  getScalarString,
  getServices,
  type MappingEntry,
} from "../utils/compose/index.js";
import { isLocalImageName } from "../utils/official-images.js";

type Options = [{ allowWithPullPolicy?: boolean }];

const POLICIES = [
  ["build", "addPullPolicyBuild"],
  ["missing", "addPullPolicyMissing"],
] as const;

/** Where a `pull_policy: <value>` line goes: after the `image` line, at its indentation. */
function pullPolicyInsertion(image: MappingEntry, text: string): ((value: string) => { at: number; insert: string }) | null {
  const { pair } = image;
  if (image.mergedFrom || !pair.value || pair.loc.start.line !== pair.loc.end.line) return null;
  const mapping = pair.parent as AST.YAMLMapping;
  if (mapping.style !== "block") return null;
  const lineStart = text.lastIndexOf("\n", pair.range[0] - 1) + 1;
  const indent = text.slice(lineStart, pair.range[0]);
  // The key must start its line (not `- image: x` in a list item written on the dash line).
  if (!/^ *$/u.test(indent)) return null;
  const newlineAt = text.indexOf("\n", pair.range[1]);
  const lineEnd = newlineAt === -1 ? text.length : newlineAt;
  const crlf = text[lineEnd - 1] === "\r";
  const at = crlf ? lineEnd - 1 : lineEnd;
  return (value) => ({ at, insert: `${crlf ? "\r\n" : "\n"}${indent}pull_policy: ${value}` });
}

/**
 * Whether Compose may pull `reference` in place of the build: not when the name cannot come
 * from a registry (a single-component local name, `image: myapp-dev`), when the whole name is
 * interpolated (unknown here), or when `build.cache_from` lists it (pulled first on purpose, as a
 * cache for the build).
 */
function mayBePulledInstead(reference: string, build: MappingEntry): boolean {
  if (isLocalImageName(reference) || /^\$\{?[A-Za-z_]\w*(?::?[-?][^}]*)?\}?$/u.test(reference)) return false;
  const cacheFrom = build.value?.type === "YAMLMapping" ? findEntry(build.value, "cache_from")?.value : null;
  if (cacheFrom?.type !== "YAMLSequence") return true;
  return !cacheFrom.entries.some((item) => getScalarString(item) === reference);
}

export default createRule<Options>("compose-no-build-and-image", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow services with both `build` and `image` unless `pull_policy` says which wins",
      config: "recommended",
    },
    languages: ["compose"],
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { allowWithPullPolicy: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowWithPullPolicy: true }],
    messages: {
      buildAndImage:
        'Service "{{service}}" has both `build` and `image` without `pull_policy`: Compose tries to pull `{{image}}` and builds only when the pull fails, so a registry image can silently replace your build. Set `pull_policy` to say which wins, or keep only one of the two.',
      buildAndImageStrict:
        'Service "{{service}}" has both `build` and `image`: keep only one of the two.',
      addPullPolicyBuild: "Add `pull_policy: build` (always build from source, tag the result as the image).",
      addPullPolicyMissing: "Add `pull_policy: missing` (use the image when present, otherwise pull or build it).",
    },
  },
  create(context) {
    const allowWithPullPolicy = context.options[0]?.allowWithPullPolicy ?? true;
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          const build = findEntry(service.mapping, "build");
          const image = findEntry(service.mapping, "image");
          if (!build || !image) continue;
          const reference = getScalarString(image.value);
          if (reference === undefined || !mayBePulledInstead(reference, build)) continue;
          const hasPullPolicy = findEntry(service.mapping, "pull_policy") !== null;
          if (hasPullPolicy && allowWithPullPolicy) continue;
          const insertion = allowWithPullPolicy ? pullPolicyInsertion(image, context.sourceCode.text) : null;
          const suggest: SuggestionDescriptor[] = insertion
            ? POLICIES.map(([value, messageId]) => {
                const edit = insertion(value);
                return { messageId, fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.insert) };
              })
            : [];
          context.report({
            node: entryNode(image, "key"),
            messageId: allowWithPullPolicy ? "buildAndImage" : "buildAndImageStrict",
            data: { service: service.name, image: getScalarString(image.value) ?? "the image" },
            suggest,
          });
        }
      },
    };
  },
});
