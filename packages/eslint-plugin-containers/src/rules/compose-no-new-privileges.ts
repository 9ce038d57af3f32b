import {
  entryNode,
  findEntry,
  getComposeRoot,
  getScalarString,
  getSequenceItems,
  getServices,
  listItemNode,
  mayBeDefinedElsewhere,
  type ResolvedNode,
  usesInterpolation,
} from "../utils/compose/index.js";
import { createRule } from "../utils/create-rule.js";

/** Go's `strconv.ParseBool`, which Docker uses for the option's value. */
const GO_TRUE = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const GO_FALSE = new Set(["0", "f", "F", "FALSE", "false", "False"]);

/**
 * What a `security_opt` entry says about no-new-privileges, read as Docker reads it:
 * `no-new-privileges`, `no-new-privileges=<bool>` and the older `no-new-privileges:<bool>`.
 * Undefined when the entry is about something else, `"unknown"` for an interpolated entry.
 */
function noNewPrivileges(option: string): boolean | "unknown" | undefined {
  if (usesInterpolation(option)) return "unknown";
  if (option === "no-new-privileges") return true;
  const match = /^no-new-privileges[=:](.*)$/u.exec(option);
  if (!match) return undefined;
  if (GO_TRUE.has(match[1])) return true;
  if (GO_FALSE.has(match[1])) return false;
  return undefined; // Docker refuses the value; compose-valid-schema's business, not ours
}

export default createRule("compose-no-new-privileges", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Compose services to set `no-new-privileges`",
      config: "strict",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      missing:
        'Service "{{service}}" lets its processes gain privileges through setuid and setcap binaries. Add `security_opt: ["no-new-privileges:true"]`.',
      disabled:
        'Service "{{service}}" turns `no-new-privileges` off, so its processes can gain privileges through setuid and setcap binaries. Set it to true.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          if (mayBeDefinedElsewhere(service)) continue;
          const securityOpt = findEntry(service.mapping, "security_opt");
          let state: boolean | "unknown" | undefined;
          let disabledAt: ResolvedNode | null = null;
          for (const item of getSequenceItems(securityOpt?.value)) {
            const option = getScalarString(item);
            const value = option === undefined ? undefined : noNewPrivileges(option);
            if (value === undefined) continue;
            state = value; // the last one wins, as in Docker
            if (value === false) disabledAt = item;
          }
          if (state === true || state === "unknown") continue;
          // `security_opt: ${OPTS}` is not a list we can read.
          if (securityOpt?.value?.type === "YAMLScalar") continue;
          if (state === false && disabledAt && securityOpt) {
            context.report({ node: listItemNode(securityOpt, disabledAt), messageId: "disabled", data: { service: service.name } });
          } else {
            context.report({
              node: securityOpt ? entryNode(securityOpt, "key") : entryNode(service.entry, "key"),
              messageId: "missing",
              data: { service: service.name },
            });
          }
        }
      },
    };
  },
});
