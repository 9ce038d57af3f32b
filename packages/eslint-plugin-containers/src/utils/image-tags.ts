import { parseImageReference, type ImageReferenceParts } from "dockerfile-eslint-parser";

export { parseImageReference, type ImageReferenceParts };

/**
 * Why an image reference floats, or null when it is pinned to a tag or digest. Shared by the
 * Dockerfile (`FROM`) and Compose (`image:`) sides. References whose tag comes from a variable
 * are treated as pinned: the variable's value is decided elsewhere.
 */
export function floatingTag(image: ImageReferenceParts, floatingTags: readonly string[]): "missing" | "floating" | null {
  if (image.digest) return null;
  if (image.hasVariables && (image.tag === null ? /\$/u.test(image.name) : /\$/u.test(image.tag))) return null;
  if (image.tag === null) return "missing";
  return floatingTags.includes(image.tag.toLowerCase()) ? "floating" : null;
}
