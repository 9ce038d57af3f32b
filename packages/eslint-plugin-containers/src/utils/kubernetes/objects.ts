import type { AST } from "yaml-eslint-parser";
import { findEntry, getSequenceItems, type MappingEntry } from "../compose/mapping.js";
import { resolveNode } from "../compose/resolve.js";
import { getScalarString } from "../compose/scalar.js";
import type { RuleContext } from "../create-rule.js";

/** One Kubernetes object of a manifest: a document (or a `kind: List` item) with apiVersion and kind. */
export interface KubernetesObject {
  /** The object's top-level mapping. */
  root: AST.YAMLMapping;
  apiVersion: string;
  kind: string;
  /** The `kind:` entry: where findings about the whole object go. */
  kindEntry: MappingEntry;
  apiVersionEntry: MappingEntry;
  /** `metadata.name`, when it is a plain string. */
  name: string | null;
  /** The `# Source: chart/templates/x.yaml` comment `helm template` writes above a document. */
  helmSource: string | null;
}

const cache = new WeakMap<object, KubernetesObject[]>();

/**
 * Every Kubernetes object of the file, in source order: each `---` document whose top level is a
 * mapping with a string `apiVersion` and `kind`, and the `items` of a `kind: List`. Other
 * documents (plain YAML, Kustomize patches without apiVersion, empty documents) are skipped.
 * Empty on files that are not of the `containers/kubernetes` language.
 */
export function getKubernetesObjects(context: Pick<RuleContext<unknown[]>, "sourceCode">): KubernetesObject[] {
  const { sourceCode } = context;
  if (!sourceCode.parserServices?.isKubernetes) return [];
  const program = sourceCode.ast as AST.YAMLProgram;
  let objects = cache.get(program);
  if (!objects) {
    objects = [];
    for (const document of program.body) {
      const root = resolveNode(document.content);
      if (root?.type !== "YAMLMapping") continue;
      const object = readObject(root, helmSourceOf(program, document));
      if (!object) continue;
      if (object.kind === "List") objects.push(...listItems(object));
      else objects.push(object);
    }
    cache.set(program, objects);
  }
  return objects;
}

function readObject(root: AST.YAMLMapping, helmSource: string | null): KubernetesObject | null {
  const apiVersionEntry = findEntry(root, "apiVersion");
  const kindEntry = findEntry(root, "kind");
  const apiVersion = getScalarString(apiVersionEntry?.value);
  const kind = getScalarString(kindEntry?.value);
  if (!apiVersionEntry || !kindEntry || !apiVersion || !kind) return null;
  const metadata = findEntry(root, "metadata")?.value;
  const name = metadata?.type === "YAMLMapping" ? (getScalarString(findEntry(metadata, "name")?.value) ?? null) : null;
  return { root, apiVersion, kind, kindEntry, apiVersionEntry, name, helmSource };
}

function listItems(list: KubernetesObject): KubernetesObject[] {
  return getSequenceItems(findEntry(list.root, "items")?.value)
    .filter((item): item is AST.YAMLMapping => item.type === "YAMLMapping")
    .map((item) => readObject(item, list.helmSource))
    .filter((object): object is KubernetesObject => object !== null);
}

/** The `# Source:` comment right above a document's content, as `helm template` writes it. */
function helmSourceOf(program: AST.YAMLProgram, document: AST.YAMLDocument): string | null {
  for (const comment of program.comments) {
    if (comment.range[0] < document.range[0] || comment.range[0] > (document.content?.range[0] ?? document.range[1])) continue;
    // `(\S.*)` then trimEnd: `(\S.*?)\s*$` backtracks quadratically on long runs of blanks.
    const match = /^\s*Source:\s*(\S.*)$/u.exec(comment.value);
    if (match) return match[1].trimEnd();
  }
  return null;
}

/** `Deployment "web"` or `Deployment`, for messages. */
export function describeObject(object: KubernetesObject): string {
  const name = object.name ? `${object.kind} "${object.name}"` : object.kind;
  return object.helmSource ? `${name} (from ${object.helmSource})` : name;
}
