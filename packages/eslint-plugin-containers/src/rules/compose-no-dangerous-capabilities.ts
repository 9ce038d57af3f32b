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
import { createRule, type RuleContext } from "../utils/create-rule.js";

type Options = [{ allow?: string[]; requireDropAll?: boolean }];

/** Capabilities that let a container break out or take over the host, and what each grants. */
const DANGEROUS: ReadonlyMap<string, string> = new Map([
  ["ALL", "every capability"],
  ["SYS_ADMIN", "mount, namespace and most other administration calls (nearly root on the host)"],
  ["NET_ADMIN", "control of the network stack (interfaces, routes, firewall rules)"],
  ["SYS_PTRACE", "tracing and reading the memory of other processes"],
  ["SYS_MODULE", "loading kernel modules"],
  ["SYS_RAWIO", "raw I/O to devices and memory"],
  ["SYS_BOOT", "rebooting the host"],
  ["SYS_TIME", "setting the host's clock"],
  ["DAC_READ_SEARCH", "reading any file, past permissions (the `shocker` escape)"],
  ["MAC_ADMIN", "changing the AppArmor/SELinux policy"],
  ["MAC_OVERRIDE", "bypassing the AppArmor/SELinux policy"],
  ["BPF", "loading BPF programs into the kernel"],
  ["PERFMON", "kernel performance monitoring"],
  ["SYSLOG", "reading the kernel log and its addresses"],
  ["LINUX_IMMUTABLE", "changing immutable and append-only files"],
]);

/** `cap_add: [cap_sys_admin]` and `SYS_ADMIN` are the same capability to Docker. */
function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/u, "");
}

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
          allow: { type: "array", items: { type: "string" }, uniqueItems: true },
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
