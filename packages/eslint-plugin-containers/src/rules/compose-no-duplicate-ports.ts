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

/** Host ranges up to this many ports are indexed port by port; wider ones are compared with all. */
const INDEXED_WIDTH = 64;

/**
 * The ports published so far, indexed by protocol and host port (or interpolated text), so a
 * new port is compared only with those that can collide: comparing every pair took most of a
 * minute on a file with 10,000 services. `firstCollision` still returns the earliest one.
 */
class PublishedPorts {
  private readonly all: Published[] = [];
  private readonly byKey = new Map<string, number[]>();
  /** Numeric ranges wider than INDEXED_WIDTH. */
  private readonly wide: number[] = [];
  private readonly numeric: number[] = [];

  add(published: Published): void {
    const index = this.all.push(published) - 1;
    const { host } = published;
    if (host === null) return;
    if (typeof host === "string") return this.indexUnder(`${published.port.protocol}/${host}`, index);
    this.numeric.push(index);
    if (host.end - host.start >= INDEXED_WIDTH) this.wide.push(index);
    else for (let port = host.start; port <= host.end; port++) this.indexUnder(`${published.port.protocol}/${port}`, index);
  }

  /** The earliest published port that collides with `published` and passes `accept`. */
  firstCollision(published: Published, accept: (other: Published) => boolean): Published | undefined {
    const { host } = published;
    if (host === null) return undefined;
    let candidates: number[];
    if (typeof host === "string") candidates = this.byKey.get(`${published.port.protocol}/${host}`) ?? [];
    else if (host.end - host.start >= INDEXED_WIDTH) candidates = this.numeric;
    else {
      const found = new Set(this.wide);
      for (let port = host.start; port <= host.end; port++) {
        for (const index of this.byKey.get(`${published.port.protocol}/${port}`) ?? []) found.add(index);
      }
      candidates = [...found].sort((a, b) => a - b);
    }
    for (const index of candidates) {
      const other = this.all[index];
      if (collide(other, published) && accept(other)) return other;
    }
    return undefined;
  }

  private indexUnder(key: string, index: number): void {
    const list = this.byKey.get(key);
    if (list) list.push(index);
    else this.byKey.set(key, [index]);
  }
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
        const seen = new PublishedPorts();
        const reported = new Set<AST.YAMLNode>();
        for (const service of getServices(getComposeRoot(context))) {
          for (const port of getServicePorts(service)) {
            const published: Published = { service, port, host: hostPorts(port) };
            const earlier = seen.firstCollision(
              published,
              (other) => other.service === service || mayRunTogether(other.service, service),
            );
            seen.add(published);
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
