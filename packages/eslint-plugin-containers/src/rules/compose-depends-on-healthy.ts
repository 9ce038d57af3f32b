import type { Rule } from "eslint";
import type { AST } from "yaml-eslint-parser";
import {
  type Dependency,
  getComposeRoot,
  getDependencies,
  getServices,
  type MappingEntry,
  serviceHealthcheck,
} from "../utils/compose/index.js";
import { createRule, type RuleContext, type SuggestionDescriptor } from "../utils/create-rule.js";

const HEALTHY = "service_healthy";
const STARTED = "service_started";

export default createRule("compose-depends-on-healthy", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `condition: service_healthy` in `depends_on` for services that have a healthcheck",
      config: "recommended",
    },
    languages: ["compose"],
    hasSuggestions: true,
    schema: [],
    messages: {
      listForm:
        'Service "{{service}}" starts as soon as "{{dependency}}" has started, not once it is healthy, though "{{dependency}}" has a healthcheck. Use the map form of `depends_on` with `condition: service_healthy`.',
      started:
        'Service "{{service}}" waits only for "{{dependency}}" to start (no `condition`), though "{{dependency}}" has a healthcheck. Use `condition: service_healthy` so that it starts once "{{dependency}}" is ready, or write `condition: service_started` if that is what you want.',
      toMapForm: "Rewrite `depends_on` in the map form, with `condition: service_healthy` for the services that have a healthcheck.",
      useHealthy: 'Wait for "{{dependency}}" with `condition: service_healthy`.',
    },
  },
  create(context) {
    return {
      Program() {
        const services = getServices(getComposeRoot(context));
        const byName = new Map(services.map((service) => [service.name, service]));
        const healthy = new Map<string, boolean>();
        const hasHealthcheck = (name: string) => {
          let result = healthy.get(name);
          if (result === undefined) {
            const service = byName.get(name);
            result = service?.mapping ? serviceHealthcheck(context, service) === "defined" : false;
            healthy.set(name, result);
          }
          return result;
        };

        // A `depends_on` shared through an anchor or `<<` is reported once, where it is written.
        const reported = new Set<AST.YAMLNode>();
        for (const service of services) {
          const { entry, dependencies } = getDependencies(service);
          if (!entry) continue;
          for (const dependency of dependencies) {
            // An explicit `condition` (`service_started`, `service_completed_successfully`) is a
            // decision; only the list form and map entries without a condition are omissions.
            if (dependency.conditionEntry || dependency.condition !== STARTED || !hasHealthcheck(dependency.name)) continue;
            const node = dependency.form === "list" ? dependency.node : (dependency.entry?.pair.key ?? dependency.node);
            if (reported.has(node)) continue;
            reported.add(node);
            const data = { service: service.name, dependency: dependency.name };
            const suggestion =
              dependency.form === "list"
                ? listToMapSuggestion(context, entry, dependencies, hasHealthcheck)
                : healthySuggestion(context, dependency);
            context.report({
              node,
              messageId: dependency.form === "list" ? "listForm" : "started",
              data,
              suggest: suggestion ? [{ ...suggestion, data }] : [],
            });
          }
        }
      },
    };
  },
});

type Suggestion = Omit<SuggestionDescriptor, "data">;

/** The list form rewritten as a map: `service_healthy` for services with a healthcheck, `service_started` (what the list meant) for the others. */
function listToMapSuggestion(
  context: RuleContext,
  entry: MappingEntry,
  dependencies: Dependency[],
  hasHealthcheck: (name: string) => boolean,
): Suggestion | null {
  // Never rewrite through an alias or a merge: the list is shared with other services.
  const list = entry.pair.value;
  if (entry.mergedFrom || list?.type !== "YAMLSequence" || !entry.pair.key) return null;
  const text = context.sourceCode.text;
  const items: AST.YAMLScalar[] = [];
  for (const item of list.entries) {
    // Plain or quoted names on one line; anything else (aliases, tags, block scalars) is left alone.
    if (item?.type !== "YAMLScalar" || typeof item.value !== "string" || item.loc.start.line !== item.loc.end.line) return null;
    if (item.style !== "plain" && item.style !== "single-quoted" && item.style !== "double-quoted") return null;
    items.push(item);
  }
  if (items.length !== dependencies.length) return null;
  const conditionOf = (item: AST.YAMLScalar) => (hasHealthcheck(item.value as string) ? HEALTHY : STARTED);

  if (list.style === "flow") {
    if (text[list.range[0]] !== "[" || text[list.range[1] - 1] !== "]") return null;
    return {
      messageId: "toMapForm",
      fix: (fixer) => [
        fixer.replaceTextRange([list.range[0], list.range[0] + 1], "{"),
        ...items.map((item) => fixer.insertTextAfterRange(item.range, `: {condition: ${conditionOf(item)}}`)),
        fixer.replaceTextRange([list.range[1] - 1, list.range[1]], "}"),
      ],
    };
  }

  // Block list: each `- name` line becomes `name:` plus a `condition:` line below it. A list
  // written at the key's own indentation (`depends_on:\n- db`) is indented, or the names would
  // become keys of the service.
  const keyColumn = entry.pair.key.loc.start.column;
  const edits: Array<{ range: [number, number]; text: string }> = [];
  for (const item of items) {
    const dash = text.lastIndexOf("-", item.range[0] - 1);
    if (dash === -1 || !/^[ \t]*$/u.test(text.slice(dash + 1, item.range[0]))) return null;
    const lineStart = text.lastIndexOf("\n", dash - 1) + 1;
    if (!/^ *$/u.test(text.slice(lineStart, dash))) return null;
    const dashColumn = dash - lineStart;
    const column = Math.max(dashColumn, keyColumn + 2);
    const newline = text.indexOf("\n", item.range[1]);
    const lineEnd = newline === -1 ? text.length : text[newline - 1] === "\r" ? newline - 1 : newline;
    const rest = text.slice(item.range[1], lineEnd);
    if (rest.trim() !== "" && !rest.trim().startsWith("#")) return null;
    const eol = newline !== -1 && text[newline - 1] === "\r" ? "\r\n" : "\n";
    edits.push({
      range: [dash, lineEnd],
      text: `${" ".repeat(column - dashColumn)}${context.sourceCode.getText(item)}:${rest}${eol}${" ".repeat(column + 2)}condition: ${conditionOf(item)}`,
    });
  }
  return { messageId: "toMapForm", fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) };
}

/** A map entry without `condition` gets `condition: service_healthy`. */
function healthySuggestion(context: RuleContext, dependency: Dependency): Suggestion | null {
  const entry = dependency.entry;
  if (!entry || entry.mergedFrom || dependency.conditionEntry) return null;
  const settings = entry.pair.value;
  if (settings?.type !== "YAMLMapping") return null;
  const text = context.sourceCode.text;
  if (settings.style === "flow") {
    if (text[settings.range[0]] !== "{") return null;
    const fix: Rule.ReportFixer = (fixer) =>
      fixer.insertTextAfterRange(
        [settings.range[0], settings.range[0] + 1],
        settings.pairs.length > 0 ? `condition: ${HEALTHY}, ` : `condition: ${HEALTHY}`,
      );
    return { messageId: "useHealthy", fix };
  }
  const first = settings.pairs[0];
  if (!first) return null;
  const lineStart = text.lastIndexOf("\n", first.range[0] - 1) + 1;
  const indent = text.slice(lineStart, first.range[0]);
  if (!/^ *$/u.test(indent)) return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return {
    messageId: "useHealthy",
    fix: (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], `${indent}condition: ${HEALTHY}${eol}`),
  };
}
