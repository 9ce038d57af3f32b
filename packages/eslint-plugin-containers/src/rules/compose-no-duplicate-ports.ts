import type { AST } from "yaml-eslint-parser";
import { createRule } from "../utils/create-rule.js";
import {
  formatHostBinding,
  getComposeRoot,
  getServicePorts,
  getServices,
  hostIpsOverlap,
  mayRunTogether,
  parsePortRange,
  type ComposeService,
  type PortMapping,
  usesInterpolation,
} from "../utils/compose/index.js";

interface Published {
  service: ComposeService;
  port: PortMapping;
  /** `hostPorts(port)`, read once: every port is compared with every earlier one. */
  host: ReturnType<typeof hostPorts>;
}

/**
 * The host ports an entry is sure to take, or null when it takes none for sure: no published
 * port or `0` (Docker picks a free one), a host range for a single container port (a pool Docker
 * picks one free port from), an invalid value. An interpolated port is kept as its text.
 */
function hostPorts(port: PortMapping): { start: number; end: number } | string | null {
  if (port.unknown || port.published === undefined) return null;
  if (usesInterpolation(port.published)) return port.published;
  const published = parsePortRange(port.published);
  if (!published || published.start === 0) return null;
  const target = parsePortRange(port.target);
  if (published.end > published.start && target && target.end === target.start) return null;
  return published;
}

function collide(a: Published, b: Published): boolean {
  if (a.port.protocol !== b.port.protocol) return false;
  const x = a.host;
  const y = b.host;
  if (x === null || y === null) return false;
  if (typeof x === "string" || typeof y === "string") {
    // Interpolated: the same text gives the same port at run time, whatever the variables hold.
    if (x !== y) return false;
  } else if (x.start > y.end || y.start > x.end) return false;
  return hostIpsOverlap(a.port.hostIp, b.port.hostIp);
}

export default createRule("compose-no-duplicate-ports", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow publishing one host port twice in a Compose file",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      otherService:
        'Host port {{binding}} is already published by service "{{other}}" (line {{line}}): the second bind fails when both start. Publish another host port.',
      sameService:
        "Host port {{binding}} is already published by this service (line {{line}}): the second bind fails. Remove the duplicate or publish another host port.",
    },
  },
  create(context) {
    return {
      Program() {
        const seen: Published[] = [];
        const reported = new Set<AST.YAMLNode>();
        for (const service of getServices(getComposeRoot(context))) {
          for (const port of getServicePorts(service)) {
            const published: Published = { service, port, host: hostPorts(port) };
            // The cheap port comparison first: profiles are read only for colliding ports.
            const earlier =
              published.host === null
                ? undefined
                : seen.find(
                    (other) =>
                      collide(other, published) && (other.service === service || mayRunTogether(other.service, service)),
                  );
            seen.push(published);
            if (!earlier || reported.has(port.reportNode)) continue;
            reported.add(port.reportNode);
            context.report({
              node: port.reportNode,
              messageId: earlier.service === service ? "sameService" : "otherService",
              data: {
                binding: formatHostBinding(port),
                other: earlier.service.name,
                line: earlier.port.reportNode.loc.start.line,
              },
            });
          }
        }
      },
    };
  },
});
