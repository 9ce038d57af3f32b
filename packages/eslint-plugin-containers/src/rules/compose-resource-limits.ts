import {
  entryNode,
  findEntry,
  getComposeRoot,
  getEntryAtPath,
  getScalarString,
  getServices,
  mayBeDefinedElsewhere,
  type ComposeService,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";

type Limit = "memory" | "cpus" | "pids";
type Options = [{ require?: Limit[] }];

/** Where each limit can be set: the Compose spec's `deploy` section, or the service-level keys. */
const LIMIT_KEYS: Record<Limit, { deploy: string; service: string[]; label: string }> = {
  memory: { deploy: "memory", service: ["mem_limit"], label: "memory" },
  cpus: { deploy: "cpus", service: ["cpus", "cpu_quota", "cpu_count", "cpu_percent"], label: "CPU" },
  pids: { deploy: "pids", service: ["pids_limit"], label: "PIDs" },
};
const LIMITS: readonly Limit[] = ["memory", "cpus", "pids"];

/** A value that sets no limit: Docker reads 0 (and -1 for PIDs) as unlimited. */
function isUnlimited(value: string | undefined): boolean {
  const text = value?.trim() ?? "";
  return text === "" || Number(text) <= 0;
}

function hasLimit(service: ComposeService, limit: Limit): boolean {
  const { deploy, service: keys } = LIMIT_KEYS[limit];
  const entries = [
    getEntryAtPath(service.mapping, ["deploy", "resources", "limits", deploy]),
    ...keys.map((key) => findEntry(service.mapping, key)),
  ];
  return entries.some((entry) => entry !== null && !isUnlimited(getScalarString(entry.value)));
}

/** `["memory", "PIDs"]` -> "memory or PIDs". */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export default createRule<Options>("compose-resource-limits", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require memory, CPU and PIDs limits on Compose services",
      config: "strict",
    },
    languages: ["compose"],
    schema: [
      {
        type: "object",
        properties: {
          require: {
            type: "array",
            items: { enum: ["memory", "cpus", "pids"] },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ require: ["memory", "cpus", "pids"] }],
    messages: {
      missing:
        'Service "{{service}}" has no {{limits}} limit, so one runaway container can starve the host and every other service. Set {{keys}}.',
    },
  },
  create(context: RuleContext<Options>) {
    const required = new Set(context.options[0]?.require ?? LIMITS);
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          if (mayBeDefinedElsewhere(service)) continue;
          const missing = LIMITS.filter((limit) => required.has(limit) && !hasLimit(service, limit));
          if (missing.length === 0) continue;
          context.report({
            node: entryNode(service.entry, "key"),
            messageId: "missing",
            data: {
              service: service.name,
              limits: orList(missing.map((limit) => LIMIT_KEYS[limit].label)),
              keys: orList(missing.map((limit) => `\`deploy.resources.limits.${LIMIT_KEYS[limit].deploy}\``)).replace(/ or (?=`)/u, " and "),
            },
          });
        }
      },
    };
  },
});
