import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry, type MappingEntry } from "./mapping.js";
import { getScalarString } from "./scalar.js";
import { getServices, type ComposeService } from "./services.js";

export interface ServiceImage {
  service: ComposeService;
  /** The `image:` entry; report at `node`. */
  entry: MappingEntry;
  /** The reference as Compose reads it (`redis:7`, `${APP_IMAGE}`). */
  image: string;
  /** Where to report: the value, or the `<<` entry when the image is inherited. */
  node: AST.YAMLNode;
  /**
   * The scalar where the value is written: the anchored one when the service reads it through
   * `*alias` or `<<:`. Several services may share it; report there once.
   */
  written: AST.YAMLNode;
  /**
   * The service also has `build:`, so `image:` names the image Compose builds and tags (and
   * may push), rather than only one it pulls.
   */
  built: boolean;
}

/** The `image:` of every service that has a non-empty scalar one, in source order. */
export function getServiceImages(root: AST.YAMLMapping | null): ServiceImage[] {
  const images: ServiceImage[] = [];
  for (const service of getServices(root)) {
    const entry = findEntry(service.mapping, "image");
    const image = entry && getScalarString(entry.value);
    if (!entry || !image) continue;
    images.push({
      service,
      entry,
      image,
      node: entryNode(entry, "value"),
      written: entry.value ?? entryNode(entry, "value"),
      built: findEntry(service.mapping, "build") !== null,
    });
  }
  return images;
}
