/** The parts of an image reference such as `ghcr.io/org/app:1.2@sha256:...`. */
export interface ImageReferenceParts {
  registry: string | null;
  name: string;
  tag: string | null;
  digest: string | null;
  hasVariables: boolean;
}

const VARIABLE = /\$(?:\{[^}]*\}|\w+)/u;

/**
 * Splits an image reference the way Docker's reference grammar does: the first path component
 * is a registry when it has a `.` or `:` or is `localhost`; the tag follows the last `:` after
 * the last `/`; the digest follows `@`. Variables (`$VAR`, `${VAR}`) are kept as written.
 * Shared by the Dockerfile and Compose sides (FROM and `image:`).
 */
export function parseImageReference(raw: string): ImageReferenceParts {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf("/");
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (/[.:]/u.test(first) || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  // A `:` inside `${VAR:-default}` is not a tag separator: look past variables.
  const masked = rest.replace(/\$\{[^}]*\}/gu, (variable) => "_".repeat(variable.length));
  const colon = masked.lastIndexOf(":");
  if (colon !== -1 && colon > masked.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest, hasVariables: VARIABLE.test(raw) };
}
