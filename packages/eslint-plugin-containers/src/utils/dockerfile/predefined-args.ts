/**
 * The build args Docker defines itself
 * (https://docs.docker.com/reference/dockerfile/#predefined-args and #automatic-platform-args-in-the-global-scope).
 */

/** Platform args: in scope in FROM and global ARGs; inside a stage only after `ARG <name>`. */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
]);

const ALWAYS_DEFINED = new Set([
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy",
  "SOURCE_DATE_EPOCH",
]);

/** Proxy args, `SOURCE_DATE_EPOCH` and the `BUILDKIT_*` settings: usable without an ARG. */
export function isAlwaysDefinedArg(name: string): boolean {
  return ALWAYS_DEFINED.has(name) || name.startsWith("BUILDKIT_");
}

/** Example values of the platform args, for judging what a FROM expands to. */
export const PLATFORM_ARG_EXAMPLES: Readonly<Record<string, string>> = {
  TARGETPLATFORM: "linux/amd64",
  TARGETOS: "linux",
  TARGETARCH: "amd64",
  TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64",
  BUILDOS: "linux",
  BUILDARCH: "amd64",
  BUILDVARIANT: "",
};
