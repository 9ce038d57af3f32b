import { describe, expect, it } from "vitest";
import { parseYAML } from "yaml-eslint-parser";
import {
  formatHostBinding,
  getComposeRoot,
  getServicePorts,
  getServiceProfiles,
  getServices,
  hostIpsOverlap,
  mayRunTogether,
  parsePortRange,
  parsePortSpec,
} from "../../src/utils/compose/index.js";

const servicesOf = (text: string) =>
  getServices(getComposeRoot({ sourceCode: { ast: parseYAML(text), parserServices: { isCompose: true } } } as never));
const portsOf = (text: string) =>
  servicesOf(text).map((service) =>
    getServicePorts(service).map(({ node, reportNode, ...rest }) => ({
      ...rest,
      reportLine: reportNode.loc.start.line,
      reportType: reportNode.type,
      nodeType: node.type,
    })),
  );

describe("parsePortSpec", () => {
  it.each([
    ["80", { hostIp: undefined, published: undefined, target: "80", protocol: "tcp" }],
    ["8080:80", { hostIp: undefined, published: "8080", target: "80", protocol: "tcp" }],
    ["127.0.0.1:8080:80", { hostIp: "127.0.0.1", published: "8080", target: "80", protocol: "tcp" }],
    ["127.0.0.1::80", { hostIp: "127.0.0.1", published: undefined, target: "80", protocol: "tcp" }],
    ["53:53/udp", { hostIp: undefined, published: "53", target: "53", protocol: "udp" }],
    ["53:53/UDP", { hostIp: undefined, published: "53", target: "53", protocol: "udp" }],
    ["8000-8010:8000-8010", { hostIp: undefined, published: "8000-8010", target: "8000-8010", protocol: "tcp" }],
    ["[::1]:80:80", { hostIp: "::1", published: "80", target: "80", protocol: "tcp" }],
    ["[::]:80:80/tcp", { hostIp: "::", published: "80", target: "80", protocol: "tcp" }],
    // Docker joins everything before the last two parts into the IP.
    ["::1:80:80", { hostIp: "::1", published: "80", target: "80", protocol: "tcp" }],
    ["${PORT:-8080}:80", { hostIp: undefined, published: "${PORT:-8080}", target: "80", protocol: "tcp" }],
    ["${IP}:${PORT}:80", { hostIp: "${IP}", published: "${PORT}", target: "80", protocol: "tcp" }],
    ["  8080:80 ", { hostIp: undefined, published: "8080", target: "80", protocol: "tcp" }],
  ])("reads %s", (text, expected) => {
    expect(parsePortSpec(text)).toEqual({ ...expected, unknown: false });
  });

  it("marks entries whose parts cannot be known", () => {
    // A whole-entry variable may hold `127.0.0.1:80:80`.
    expect(parsePortSpec("${PORTS}")?.unknown).toBe(true);
    expect(parsePortSpec("$PORTS")?.unknown).toBe(true);
    // A default that holds a colon may add a part.
    expect(parsePortSpec("${BIND:-127.0.0.1:8080}:80")?.unknown).toBe(true);
    expect(parsePortSpec("${PORT:-8080}:80")?.unknown).toBe(false);
  });

  it("is null for an empty entry", () => {
    expect(parsePortSpec("  ")).toBeNull();
  });
});

describe("parsePortRange", () => {
  it("reads ports and ranges", () => {
    expect(parsePortRange("8080")).toEqual({ start: 8080, end: 8080 });
    expect(parsePortRange("8000-8010")).toEqual({ start: 8000, end: 8010 });
    expect(parsePortRange("0")).toEqual({ start: 0, end: 0 });
  });
  it("is null for variables, invalid numbers and missing values", () => {
    expect(parsePortRange("${PORT}")).toBeNull();
    expect(parsePortRange("70000")).toBeNull();
    expect(parsePortRange("90-80")).toBeNull();
    expect(parsePortRange("http")).toBeNull();
    expect(parsePortRange(undefined)).toBeNull();
  });
});

describe("hostIpsOverlap", () => {
  it("treats no IP as every interface", () => {
    expect(hostIpsOverlap(undefined, undefined)).toBe(true);
    expect(hostIpsOverlap(undefined, "127.0.0.1")).toBe(true);
    expect(hostIpsOverlap("::1", undefined)).toBe(true);
  });
  it("treats 0.0.0.0 and :: as the wildcard of their family only", () => {
    expect(hostIpsOverlap("0.0.0.0", "127.0.0.1")).toBe(true);
    expect(hostIpsOverlap("::", "::1")).toBe(true);
    expect(hostIpsOverlap("0.0.0.0", "::")).toBe(false);
    expect(hostIpsOverlap("0.0.0.0", "::1")).toBe(false);
  });
  it("compares addresses, IPv6 in any spelling", () => {
    expect(hostIpsOverlap("127.0.0.1", "127.0.0.2")).toBe(false);
    expect(hostIpsOverlap("127.0.0.1", "127.0.0.1")).toBe(true);
    expect(hostIpsOverlap("0:0:0:0:0:0:0:1", "::1")).toBe(true);
    expect(hostIpsOverlap("FE80::1", "fe80::1")).toBe(true);
  });
  it("compares interpolated IPs as written", () => {
    expect(hostIpsOverlap("${IP}", "${IP}")).toBe(true);
    expect(hostIpsOverlap("${IP}", "127.0.0.1")).toBe(false);
  });
});

describe("formatHostBinding", () => {
  it("writes the binding as Docker prints it", () => {
    expect(formatHostBinding(parsePortSpec("[::1]:8080:80/udp")!)).toBe("[::1]:8080/udp");
    expect(formatHostBinding(parsePortSpec("127.0.0.1:8080:80")!)).toBe("127.0.0.1:8080/tcp");
    expect(formatHostBinding(parsePortSpec("8080:80")!)).toBe("8080/tcp");
  });
});

describe("getServicePorts", () => {
  it("reads short syntax (numbers, strings, block scalars) and long syntax", () => {
    const [ports] = portsOf(
      [
        "services:",
        "  web:",
        "    ports:",
        "      - 80",
        "      - '8080:80'",
        "      - target: 443",
        "        published: '8443'",
        "        host_ip: '[::1]'",
        "        protocol: UDP",
        "      - target: 9000",
        "      - ~",
        "      - [not, a, port]",
        "",
      ].join("\n"),
    );
    expect(ports).toEqual([
      { hostIp: undefined, published: undefined, target: "80", protocol: "tcp", unknown: false, syntax: "short", inPlace: true, reportLine: 4, reportType: "YAMLScalar", nodeType: "YAMLScalar" },
      { hostIp: undefined, published: "8080", target: "80", protocol: "tcp", unknown: false, syntax: "short", inPlace: true, reportLine: 5, reportType: "YAMLScalar", nodeType: "YAMLScalar" },
      { hostIp: "::1", published: "8443", target: "443", protocol: "udp", unknown: false, syntax: "long", inPlace: true, reportLine: 6, reportType: "YAMLMapping", nodeType: "YAMLMapping" },
      { hostIp: undefined, published: undefined, target: "9000", protocol: "tcp", unknown: false, syntax: "long", inPlace: true, reportLine: 10, reportType: "YAMLMapping", nodeType: "YAMLMapping" },
    ]);
  });

  it("reads a plain scalar as written, not as the number YAML 1.1 makes of it", () => {
    const [ports] = portsOf("%YAML 1.1\n---\nservices:\n  web:\n    ports:\n      - 22:22\n");
    expect(ports.map((p) => [p.published, p.target])).toEqual([["22", "22"]]);
  });

  it("reports shared entries at the alias or merge key the service uses", () => {
    const services = portsOf(
      [
        "x-base: &base",
        "  ports: ['80:80']",
        "services:",
        "  a:",
        "    ports: &ports",
        "      - &one '81:81'",
        "  b:",
        "    ports: *ports",
        "  c:",
        "    <<: *base",
        "  d:",
        "    ports:",
        "      - *one",
        "",
      ].join("\n"),
    );
    expect(services.map((ports) => ports.map((p) => [p.published, p.reportLine, p.reportType, p.inPlace]))).toEqual([
      [["81", 6, "YAMLScalar", true]],
      [["81", 8, "YAMLAlias", false]],
      [["80", 10, "YAMLAlias", false]],
      [["81", 13, "YAMLAlias", false]],
    ]);
  });

  it("is empty without a ports list", () => {
    expect(portsOf("services:\n  a:\n    image: x\n  b:\n    ports: '80:80'\n")).toEqual([[], []]);
  });
});

describe("profiles", () => {
  const [none, dev, prod, both, odd] = servicesOf(
    [
      "services:",
      "  none: {}",
      "  dev: {profiles: [dev]}",
      "  prod: {profiles: [prod]}",
      "  both: {profiles: [dev, prod]}",
      "  odd: {profiles: dev}",
      "",
    ].join("\n"),
  );
  it("reads profile lists", () => {
    expect(getServiceProfiles(none)).toEqual([]);
    expect(getServiceProfiles(both)).toEqual(["dev", "prod"]);
    expect(getServiceProfiles(odd)).toBeNull();
  });
  it("lets services with disjoint profiles be alternatives", () => {
    expect(mayRunTogether(dev, prod)).toBe(false);
    expect(mayRunTogether(dev, both)).toBe(true);
    expect(mayRunTogether(none, prod)).toBe(true);
    expect(mayRunTogether(odd, prod)).toBe(true);
  });
});
