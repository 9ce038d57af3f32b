import {
  entryNode,
  findEntry,
  getComposeRoot,
  getScalarString,
  getSequenceItems,
  getServices,
  listItemNode,
  mayBeDefinedElsewhere,
  usesInterpolation,
} from "../utils/compose/index.js";
import { DANGEROUS_CAPABILITIES as DANGEROUS, normalizeCapability } from "../utils/capabilities.js";
import { ALLOW_LIST_SCHEMA } from "../utils/options-schema.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";

type Options = [{ allow?: string[]; requireDropAll?: boolean }];

export default createRule<Options>("compose-no-dangerous-capabilities", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow adding dangerous Linux capabilities to Compose services",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [
      {
        type: "object",
        properties: {
          allow: ALLOW_LIST_SCHEMA,
          requireDropAll: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], requireDropAll: false }],
    messages: {
      dangerous:
        'Service "{{service}}" adds the capability {{capability}}, which allows {{what}}. Remove it from `cap_add`, or allow it in the rule\'s options if the service truly needs it.',
      dropAll:
        'Service "{{service}}" keeps Docker\'s default capabilities. Add `cap_drop: [ALL]` and `cap_add` only the ones it needs.',
    },
  },
  create(context: RuleContext<Options>) {
    const allowed = new Set((context.options[0]?.allow ?? []).map(normalizeCapability));
    const requireDropAll = context.options[0]?.requireDropAll ?? false;
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          const capAdd = findEntry(service.mapping, "cap_add");
          for (const item of getSequenceItems(capAdd?.value)) {
            const raw = getScalarString(item);
            if (raw === undefined) continue;
            const capability = normalizeCapability(raw);
            const what = DANGEROUS.get(capability);
            if (!what || allowed.has(capability)) continue;
            context.report({
              node: listItemNode(capAdd!, item),
              messageId: "dangerous",
              data: { service: service.name, capability: raw, what },
            });
          }

          if (!requireDropAll || mayBeDefinedElsewhere(service)) continue;
          const capDrop = findEntry(service.mapping, "cap_drop");
          const drops = getSequenceItems(capDrop?.value).map((item) => getScalarString(item) ?? "");
          const dropsAll = drops.some((drop) => normalizeCapability(drop) === "ALL" || usesInterpolation(drop));
          if (!dropsAll) {
            context.report({
              node: capDrop ? entryNode(capDrop, "key") : entryNode(service.entry, "key"),
              messageId: "dropAll",
              data: { service: service.name },
            });
          }
        }
      },
    };
  },
});
