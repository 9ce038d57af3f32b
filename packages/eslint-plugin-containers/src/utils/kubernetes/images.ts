import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry } from "../compose/mapping.js";
import { getScalarString } from "../compose/scalar.js";
import type { RuleContext } from "../create-rule.js";
import { getWorkloads, type Container } from "./workloads.js";

export interface ContainerImage {
  container: Container;
  /** The `image:` value as written. */
  image: string;
  /** The value node, where findings go. */
  node: AST.YAMLNode;
  /** `imagePullPolicy`, when set. */
  pullPolicy: string | undefined;
}

/** The `image:` of every container, init container and ephemeral container of the manifest. */
export function containerImages(context: Pick<RuleContext<unknown[]>, "sourceCode" | "filename">): ContainerImage[] {
  const images: ContainerImage[] = [];
  for (const workload of getWorkloads(context)) {
    for (const container of workload.containers) {
      const entry = findEntry(container.mapping, "image");
      const image = getScalarString(entry?.value);
      if (!entry || !image) continue;
      images.push({
        container,
        image,
        node: entryNode(entry, "value"),
        pullPolicy: getScalarString(findEntry(container.mapping, "imagePullPolicy")?.value),
      });
    }
  }
  return images;
}
