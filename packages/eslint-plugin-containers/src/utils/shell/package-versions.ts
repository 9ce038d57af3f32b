import type { CommandWord } from "./commands.js";
import { type CommandLine, hasOption } from "./command-line.js";

/** A package a command line installs, and whether its version is pinned in the tool's own syntax. */
export interface PackageArgument {
  word: CommandWord;
  /** The package as written (`curl=7.88*`). */
  value: string;
  pinned: boolean;
}

/** Local files, paths and URLs install exactly what they point at: they count as pinned. */
const PATH_OR_URL = /^(\.{1,2}(\/|$)|\/|~\/|[a-z][\w+.-]*:\/\/|git\+|file:)/u;
const PACKAGE_FILE = /\.(deb|rpm|apk|whl|gem|tgz|tar\.gz|tar\.bz2|zip)$/iu;

/** A version after a separator: digits, or a range (`^1.2`, `>=1`, `~1.2`, `v1`). */
const VERSION = /^[~^=<>v]*\d/u;

/** Which actions install named packages, per tool. */
const INSTALL_ACTIONS: Readonly<Partial<Record<CommandLine["tool"], readonly string[]>>> = {
  "apt-get": ["install"],
  apt: ["install"],
  aptitude: ["install"],
  apk: ["add"],
  pip: ["install"],
  npm: ["install"],
  yarn: ["add", "global"],
  pnpm: ["add"],
  gem: ["install"],
  yum: ["install", "groupinstall"],
  dnf: ["install"],
  microdnf: ["install"],
  zypper: ["install"],
  go: ["install"],
};

/** Whether the command line installs named packages (`apt-get install`, `apk add`, `yarn global add`...). */
export function isInstall(line: CommandLine): boolean {
  return line.action !== null && (INSTALL_ACTIONS[line.tool]?.includes(line.action) ?? false);
}

/**
 * The packages an install command names, with whether each is pinned. Words with an expansion
 * (`$PACKAGES`, `pkg=${VERSION}`) are left out: what they hold is unknown, and a variable in a
 * version is how many Dockerfiles pin. Empty for other commands.
 */
export function installedPackages(line: CommandLine): PackageArgument[] {
  if (!isInstall(line)) return [];
  let operands = [...line.operands];
  if (line.tool === "yarn" && line.action === "global") {
    if (operands[0]?.value !== "add") return [];
    operands = operands.slice(1);
  }
  // `pip install -c constraints.txt flask`: the constraints file pins every package.
  if (line.tool === "pip" && hasOption(line, "-c", "--constraint")) return [];
  const gemVersion = line.tool === "gem" && hasOption(line, "-v", "--version");
  const packages: PackageArgument[] = [];
  for (const word of operands) {
    const value = word.value;
    // `$` or a backtick left in a value: an escaped expansion of a `sh -c "..."` script, unknown too.
    if (value === null || value === "" || /[$`]/u.test(value)) continue;
    const pinned = gemVersion || PATH_OR_URL.test(value) || PACKAGE_FILE.test(value) || isPinned(line.tool, value);
    packages.push({ word, value, pinned });
  }
  return packages;
}

function isPinned(tool: CommandLine["tool"], value: string): boolean {
  switch (tool) {
    case "apt-get":
    case "apt":
    case "aptitude":
      // `curl=7.88.1-10`, `curl=7.88*`; `curl/bookworm-backports` is a release, not a version.
      return /^[^=]+=./u.test(value);
    case "apk":
      // `curl=8.5.0-r0`, `curl~8.5`, `curl>8`, `curl<9`.
      return /^[^=~<>]+[=~<>]./u.test(value);
    case "pip":
      // `flask==3.0`, `flask>=3,<4`, `flask~=3.0`, `flask @ https://...`, environment markers after `;`.
      return /(===?|~=|>=?|<=?|@)\s*\S/u.test(value.split(";")[0]);
    case "npm":
    case "yarn":
    case "pnpm":
    case "go": {
      // `left-pad@1.3.0`, `@scope/pkg@^2`, `golang.org/x/tools/gopls@v0.14.2`; `@latest` moves.
      const at = value.lastIndexOf("@");
      if (at <= 0) return tool !== "go" && /^[\w-]+\/[\w.-]+#/u.test(value);
      const version = value.slice(at + 1);
      return tool === "go" ? !["latest", "master", "main", "HEAD", ""].includes(version) : VERSION.test(version);
    }
    case "gem":
      // `rails:7.1.0`.
      return /^[^:]+:\s*\d/u.test(value);
    case "yum":
    case "dnf":
    case "microdnf":
      // `httpd-2.4.57`, `httpd-2.4.57-1.el9` (the last part is a version or release; `java-11-openjdk`
      // is a name), `nodejs:18` (a module stream), `@group` (not pinnable: left alone).
      return value.startsWith("@") || /:\d/u.test(value) || /-\d[^-]*$/u.test(value);
    case "zypper":
      // `curl-8.0.1`, `curl=8.0.1`, `curl>=8`.
      return /^[^=<>]+(=|>=|<=|>|<)./u.test(value) || /-\d[^-]*$/u.test(value);
    default:
      return true;
  }
}
