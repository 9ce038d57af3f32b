import type { AST } from "yaml-eslint-parser";
import { closestName } from "../utils/closest-name.js";
import { type Declarations, siblingDeclarations } from "../utils/compose/sibling-declarations.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import {
  entryNode,
  findEntry,
  getComposeRoot,
  getDependencies,
  getEntryAtPath,
  getMappingEntries,
  getScalarString,
  getServices,
  getServiceVolumes,
  isServiceFragment,
  resolveNode,
  usesInterpolation,
  type ComposeService,
  type MappingEntry,
} from "../utils/compose/index.js";

/** The top-level sections a service can refer to by name. */
type Section = "services" | "networks" | "volumes" | "secrets" | "configs" | "models";

const SECTIONS: Section[] = ["services", "networks", "volumes", "secrets", "configs", "models"];

const KIND: Record<Exclude<Section, "services">, string> = {
  networks: "Network",
  volumes: "Volume",
  secrets: "Secret",
  configs: "Config",
  models: "Model",
};

interface Reference {
  section: Section;
  name: string;
  node: AST.YAMLNode;
  /** The key it is used under, for the message: `depends_on`, `networks`, `build.secrets`... */
  via: string;
}

export default createRule("compose-no-undefined-references", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow references to services, networks, volumes, secrets, configs and models that the Compose file does not declare",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      undefinedService:
        "Service '{{service}}' refers to '{{name}}' in `{{via}}`, but the file has no such service: Compose refuses to start.{{hint}}",
      undefinedDeclaration:
        "{{kind}} '{{name}}' (used in `{{via}}` of service '{{service}}') is not declared under the top-level `{{section}}`: Compose refuses to start.{{hint}}",
      undefinedVolume:
        "Volume '{{name}}' (used in `volumes` of service '{{service}}') is not declared under the top-level `volumes`: Compose refuses to start.{{hint}}",
    },
  },
  create(context) {
    return {
      Program() {
        const root = getComposeRoot(context);
        if (!root || isPartialFile(context, root)) return;
        const services = getServices(root);
        const declared = new Map<Section, Set<string>>(
          SECTIONS.map((section) => [section, section === "services" ? new Set(services.map((s) => s.name)) : declaredNames(root, section)]),
        );
        declared.get("networks")?.add("default"); // every project has it implicitly
        const reported = new Set<string>();
        // Read only when some name is missing here: the files this one may be combined with.
        let siblings: Declarations | null = null;
        for (const service of services) {
          for (const reference of serviceReferences(service)) {
            if (usesInterpolation(reference.name)) continue;
            const names = declared.get(reference.section) ?? new Set<string>();
            if (names.has(reference.name)) continue;
            siblings ??= siblingDeclarations(context.filename, context.cwd);
            if (siblings.get(reference.section)?.has(reference.name)) continue;
            // A definition shared through an anchor is reported once, where it is written.
            const key = `${reference.node.range[0]}:${reference.node.range[1]}:${reference.section}:${reference.name}`;
            if (reported.has(key)) continue;
            reported.add(key);
            report(context, service, reference, names);
          }
        }
      },
    };
  },
});

function report(context: RuleContext, service: ComposeService, reference: Reference, names: Set<string>): void {
  const suggestion = closestName(reference.name, [...names].filter((name) => name !== "default"));
  const data = { service: service.name, name: reference.name, via: reference.via, section: reference.section };
  if (reference.section === "services") {
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
    context.report({ node: reference.node, messageId: "undefinedService", data: { ...data, hint } });
  } else if (reference.section === "volumes") {
    const hint = suggestion
      ? ` Did you mean '${suggestion}'?`
      : " To mount a host directory instead, write a path (`./data`, `/srv/data`).";
    context.report({ node: reference.node, messageId: "undefinedVolume", data: { ...data, hint } });
  } else {
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
    context.report({ node: reference.node, messageId: "undefinedDeclaration", data: { ...data, kind: KIND[reference.section], hint } });
  }
}

/**
 * A file whose references may be declared in another file Compose merges with it: one that
 * `include`s other files, an override file (`compose.override.yaml`, `docker-compose.prod.yml`),
 * or one with a service fragment (no `image`, `build` or `extends`), which only makes sense on
 * top of a base file.
 */
function isPartialFile(context: RuleContext, root: AST.YAMLMapping): boolean {
  if (findEntry(root, "include")) return true;
  const base = context.filename.split(/[\\/]/u).pop() ?? "";
  if (/^(?:docker-)?compose\..+\.ya?ml$/iu.test(base)) return true;
  return getServices(root).some((service) => service.mapping !== null && isServiceFragment(service));
}

function declaredNames(root: AST.YAMLMapping, section: Section): Set<string> {
  const value = findEntry(root, section)?.value;
  return new Set(value?.type === "YAMLMapping" ? getMappingEntries(value).map((entry) => entry.key) : []);
}

/** Every name a service refers to, with where it is written. */
function serviceReferences(service: ComposeService): Reference[] {
  const mapping = service.mapping;
  if (!mapping) return [];
  const references: Reference[] = [];
  const add = (section: Section, name: string | undefined, node: AST.YAMLNode | null | undefined, via: string) => {
    if (name !== undefined && name !== "" && node) references.push({ section, name, node, via });
  };

  for (const dependency of getDependencies(service).dependencies) add("services", dependency.name, dependency.node, "depends_on");

  for (const section of ["networks", "models"] as const) {
    for (const { name, node } of namesInListOrMap(findEntry(mapping, section))) add(section, name, node, section);
  }

  for (const volume of getServiceVolumes(service)) {
    if (volume.type !== "volume" || volume.source === null) continue;
    add("volumes", volume.source, volume.sourceNode, "volumes");
  }

  for (const [section, path] of [
    ["secrets", ["secrets"]],
    ["configs", ["configs"]],
    ["secrets", ["build", "secrets"]],
  ] as const) {
    const entry = getEntryAtPath(mapping, path);
    for (const item of listItems(entry)) {
      const resolved = resolveNode(item);
      if (resolved?.type === "YAMLScalar") add(section, getScalarString(resolved), item, path.join("."));
      else if (resolved?.type === "YAMLMapping") {
        const source = findEntry(resolved, "source");
        if (source) add(section, getScalarString(source.value), entryNode(source, "value"), path.join("."));
      }
    }
  }

  const extendsEntry = findEntry(mapping, "extends");
  if (extendsEntry?.value?.type === "YAMLScalar") {
    add("services", getScalarString(extendsEntry.value), entryNode(extendsEntry, "value"), "extends");
  } else if (extendsEntry?.value?.type === "YAMLMapping" && !findEntry(extendsEntry.value, "file")) {
    const target = findEntry(extendsEntry.value, "service");
    if (target) add("services", getScalarString(target.value), entryNode(target, "value"), "extends.service");
  }

  // `network_mode: service:db`, `ipc: service:db`; `container:<name>` names a container, not ours.
  for (const key of ["network_mode", "ipc"]) {
    const entry = findEntry(mapping, key);
    const value = getScalarString(entry?.value);
    if (entry && value?.startsWith("service:")) add("services", value.slice("service:".length), entryNode(entry, "value"), key);
  }

  // `volumes_from: [db, "db:ro", "container:legacy"]`, `links: ["db", "db:database"]`.
  for (const key of ["volumes_from", "links"]) {
    for (const item of listItems(findEntry(mapping, key))) {
      const value = getScalarString(item);
      if (value === undefined || (key === "volumes_from" && value.startsWith("container:"))) continue;
      add("services", value.split(":")[0], item, key);
    }
  }
  return references;
}

/** The written items of a list entry (aliases kept, so an aliased item is reported where it is used). */
function listItems(entry: MappingEntry | null): Array<AST.YAMLContent | AST.YAMLWithMeta> {
  if (entry?.value?.type !== "YAMLSequence") return [];
  const items: Array<AST.YAMLContent | AST.YAMLWithMeta> = [];
  for (const item of entry.value.entries) if (item) items.push(item);
  return items;
}

/** Names of a `[a, b]` list or of a `{a: ..., b: ...}` mapping, each with its node. */
function namesInListOrMap(entry: MappingEntry | null): Array<{ name: string | undefined; node: AST.YAMLNode }> {
  if (entry?.value?.type === "YAMLMapping") {
    return getMappingEntries(entry.value).map((item) => ({ name: item.key, node: entryNode(item, "key") }));
  }
  return listItems(entry).map((item) => ({ name: getScalarString(item), node: item }));
}
