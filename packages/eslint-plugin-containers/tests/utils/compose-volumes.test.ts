import { describe, expect, it } from "vitest";
import { type AST, parseYAML } from "yaml-eslint-parser";
import {
  getComposeRoot,
  getServices,
  getServiceVolumes,
  isPathWithin,
  normalizeHostPath,
  parseShortVolume,
  staticPath,
} from "../../src/utils/compose/index.js";

const servicesOf = (text: string) =>
  getServices(getComposeRoot({ sourceCode: { ast: parseYAML(text), parserServices: { isCompose: true } } as never }));
const textOf = (text: string, node: AST.YAMLNode) => text.slice(...node.range);

describe("parseShortVolume", () => {
  it.each([
    // spec, source, target, options, readOnly, type
    ["/data", null, "/data", [], false, "volume"],
    ["db:/var/lib/mysql", "db", "/var/lib/mysql", [], false, "volume"],
    ["./src:/app/src", "./src", "/app/src", [], false, "bind"],
    [".:/app", ".", "/app", [], false, "bind"],
    ["..:/workspace:cached", "..", "/workspace", ["cached"], false, "bind"],
    ["~/.ssh:/root/.ssh:ro", "~/.ssh", "/root/.ssh", ["ro"], true, "bind"],
    ["/etc:/host/etc:ro,Z", "/etc", "/host/etc", ["ro", "Z"], true, "bind"],
    ["/x:/y:ro,rw", "/x", "/y", ["ro", "rw"], false, "bind"],
    ["data:/data:nocopy", "data", "/data", ["nocopy"], false, "volume"],
    // Windows drives, on either side, and named pipes.
    ["C:\\data:/data", "C:\\data", "/data", [], false, "bind"],
    ["c:/src:c:/app:ro", "c:/src", "c:/app", ["ro"], true, "bind"],
    [".:C:/etc/traefik", ".", "C:/etc/traefik", [], false, "bind"],
    ["\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine", [], false, "bind"],
    // Interpolation stays whole; its default decides the type.
    ["${DATA_DIR:-./data}:/data", "${DATA_DIR:-./data}", "/data", [], false, "bind"],
    ["${VOLUME:-pgdata}:/var/lib/postgresql/data", "${VOLUME:-pgdata}", "/var/lib/postgresql/data", [], false, "volume"],
    ["${PWD}/src:/app", "${PWD}/src", "/app", [], false, "bind"],
    ["$HOME/.aws:/root/.aws:ro", "$HOME/.aws", "/root/.aws", ["ro"], true, "bind"],
    ["${DIR}:/data", "${DIR}", "/data", [], false, null],
    ["./data/${ENV}:/data", "./data/${ENV}", "/data", [], false, "bind"],
    ["data_${ENV}:/data", "data_${ENV}", "/data", [], false, "volume"],
    ["${SRC:-${HOME}/src}:/src:${MODE:-rw}", "${SRC:-${HOME}/src}", "/src", ["${MODE:-rw}"], false, "bind"],
  ] as const)("%s", (spec, source, target, options, readOnly, type) => {
    expect(parseShortVolume(spec)).toEqual({ source, target, options: [...options], readOnly, type, invalid: false });
  });

  it("reads a spec of one or two characters as a target, like compose-go", () => {
    expect(parseShortVolume("/a")).toMatchObject({ source: null, target: "/a", invalid: false });
  });
  it.each(["", "/a::/b", "/a:/b:ro:x", ":/b"])("marks %j invalid", (spec) => {
    expect(parseShortVolume(spec).invalid).toBe(true);
  });
});

describe("staticPath", () => {
  it.each([
    ["/var/run/docker.sock", "/var/run/docker.sock"],
    ["${SOCK:-/var/run/docker.sock}", "/var/run/docker.sock"],
    ["${SOCK-/run/docker.sock}", "/run/docker.sock"],
    ["${A:-${B:-/etc}}/x", "/etc/x"],
    ["${HOME}/.ssh", "~/.ssh"],
    ["$PWD/src", "./src"],
    ["a$$b", "a$b"],
    ["${SOCK}", null],
    ["${SOCK:?set SOCK}", null],
    ["$XDG_RUNTIME_DIR/docker.sock", null],
  ])("%s -> %s", (text, expected) => {
    expect(staticPath(text)).toBe(expected);
  });
});

describe("normalizeHostPath and isPathWithin", () => {
  it.each([
    ["/etc/", "/etc"],
    ["//etc//ssl/", "/etc/ssl"],
    ["/etc/../", "/"],
    ["/../etc", "/etc"],
    ["/", "/"],
    [".", "."],
    ["./", "."],
    ["./src/", "./src"],
    ["src", "./src"],
    ["../..", "../.."],
    ["./a/../..", ".."],
    ["~/.ssh/", "~/.ssh"],
  ])("%s -> %s", (path, expected) => {
    expect(normalizeHostPath(path)).toBe(expected);
  });
  it("tells a path inside a directory from a sibling with the same prefix", () => {
    expect(isPathWithin("/var/lib/postgresql/data", "/var/lib/postgresql")).toBe(true);
    expect(isPathWithin("/var/lib/postgresql/data/", "/var/lib/postgresql/data")).toBe(true);
    expect(isPathWithin("/var/lib/postgresql-data", "/var/lib/postgresql")).toBe(false);
    expect(isPathWithin("/data/db", "/")).toBe(true);
    expect(isPathWithin("/var/lib", "/var/lib/mysql")).toBe(false);
  });
});

describe("getServiceVolumes", () => {
  const text = [
    "x-sock: &sock /var/run/docker.sock:/var/run/docker.sock",
    "x-base: &base",
    "  volumes:",
    "    - shared:/shared",
    "services:",
    "  app:",
    "    volumes: &list",
    "      - ./src:/app/src",
    "      - *sock",
    "      - type: bind",
    "        source: /etc",
    "        target: /host/etc",
    "        read_only: true",
    "      - {type: tmpfs, target: /tmp}",
    "      - type: ${TYPE}",
    "        source: x",
    "        target: /x",
    "        read_only: ${RO}",
    "      - 42",
    "      - &anchored /etc:/etc",
    "  inherit:",
    "    <<: *base",
    "  none:",
    "    image: nginx:1.27",
    "  notalist:",
    "    volumes: /data",
    "  aliased:",
    "    volumes: *list",
    "",
  ].join("\n");
  const [app, inherit, none, notalist, aliased] = servicesOf(text);
  const volumes = getServiceVolumes(app);

  it("reads short and long syntax", () => {
    expect(volumes.map(({ syntax, type, source, target, readOnly }) => ({ syntax, type, source, target, readOnly }))).toEqual([
      { syntax: "short", type: "bind", source: "./src", target: "/app/src", readOnly: false },
      { syntax: "short", type: "bind", source: "/var/run/docker.sock", target: "/var/run/docker.sock", readOnly: false },
      { syntax: "long", type: "bind", source: "/etc", target: "/host/etc", readOnly: true },
      { syntax: "long", type: "tmpfs", source: null, target: "/tmp", readOnly: false },
      { syntax: "long", type: null, source: "x", target: "/x", readOnly: false },
      // A number is read as the string Compose would see.
      { syntax: "short", type: "volume", source: null, target: "42", readOnly: false },
      { syntax: "short", type: "bind", source: "/etc", target: "/etc", readOnly: false },
    ]);
  });
  it("reports a short entry at its string, an alias where it is used, a long entry's parts at their values", () => {
    expect(textOf(text, volumes[0].reportNode)).toBe("./src:/app/src");
    expect(textOf(text, volumes[1].sourceNode)).toBe("*sock");
    expect(textOf(text, volumes[2].sourceNode)).toBe("/etc");
    expect(textOf(text, volumes[2].targetNode)).toBe("/host/etc");
    expect(volumes[2].reportNode.loc.start.line).toBe(10);
    // No `source:`: the source falls back to the whole entry.
    expect(textOf(text, volumes[3].sourceNode)).toBe("{type: tmpfs, target: /tmp}");
    // An anchored entry is reported at its value, without the anchor.
    expect(textOf(text, volumes[6].reportNode)).toBe("/etc:/etc");
  });
  it("reports the entries of an aliased list at the alias", () => {
    const entries = getServiceVolumes(aliased);
    expect(entries.map((v) => v.source)).toEqual(volumes.map((v) => v.source));
    for (const volume of entries) {
      expect(textOf(text, volume.reportNode)).toBe("*list");
      expect(textOf(text, volume.sourceNode)).toBe("*list");
    }
  });
  it("reports an inherited list at the service's `<<`", () => {
    const [shared] = getServiceVolumes(inherit);
    expect(shared.source).toBe("shared");
    expect(textOf(text, shared.reportNode)).toBe("*base");
    expect(textOf(text, shared.sourceNode)).toBe("*base");
  });
  it("is empty without a `volumes` list", () => {
    expect(getServiceVolumes(none)).toEqual([]);
    expect(getServiceVolumes(notalist)).toEqual([]);
    expect(getServiceVolumes({ mapping: null })).toEqual([]);
  });
});
