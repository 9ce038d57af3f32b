import type { DockerfileRun, Node, ShellCommand } from "dockerfile-eslint-parser";
import { invocationsIn } from "../shell/command-line.js";
import { findNodes } from "../shell/walk.js";
import type { Invocation } from "../shell/commands.js";
import { shellStateBefore, variableAt } from "../shell/shell-state.js";
import { findAncestor } from "./ancestors.js";
import { shipsInFinalImage, stageOf } from "./stages.js";

/**
 * Where each package manager keeps what the cache rules want out of the image, and how a RUN
 * keeps it out instead: a BuildKit cache or tmpfs mount on that directory, or an environment
 * variable that turns the cache off. A mount exempts a rule only when it covers THAT tool's
 * directory: a pip cache mount says nothing about apt's lists.
 */
export type CacheKind = "apt" | "apt-lists" | "apk" | "pip" | "uv" | "npm" | "yarn" | "pnpm" | "yum" | "dnf" | "zypper" | "gem" | "go";

/** `~` stands for any home directory (`/root`, `/home/<user>`, `$HOME`). */
const CACHE_DIRECTORIES: Readonly<Record<CacheKind, readonly string[]>> = {
  apt: ["/var/cache/apt"],
  "apt-lists": ["/var/lib/apt/lists"],
  apk: ["/var/cache/apk", "/etc/apk/cache"],
  pip: ["~/.cache/pip"],
  uv: ["~/.cache/uv"],
  npm: ["~/.npm"],
  yarn: ["/usr/local/share/.cache/yarn", "~/.cache/yarn", "~/.yarn/berry/cache"],
  pnpm: ["~/.local/share/pnpm/store", "~/.pnpm-store", "~/.cache/pnpm"],
  // On RHEL 8+ `yum` is dnf, and either cache folder may be the one in use.
  yum: ["/var/cache/yum", "/var/cache/dnf"],
  dnf: ["/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"],
  zypper: ["/var/cache/zypp"],
  gem: ["~/.gem", "~/.local/share/gem"],
  go: ["~/.cache/go-build", "~/go/pkg/mod", "/go/pkg/mod"],
};

/** Variables that move a tool's cache (a mount on their value covers it). */
const DIRECTORY_VARIABLES: Readonly<Partial<Record<CacheKind, readonly string[]>>> = {
  pip: ["PIP_CACHE_DIR"],
  uv: ["UV_CACHE_DIR"],
  npm: ["npm_config_cache", "NPM_CONFIG_CACHE"],
  yarn: ["YARN_CACHE_FOLDER"],
  pnpm: ["PNPM_STORE_DIR", "npm_config_store_dir"],
  go: ["GOCACHE", "GOMODCACHE"],
};

/** The directories where a tool keeps its cache (`~` for any home directory). */
export function cacheDirectories(kind: CacheKind): readonly string[] {
  return CACHE_DIRECTORIES[kind];
}

const HOME = /^(\/root|\/home\/[^/]+|\$HOME|\$\{HOME\}|~)(?=\/)/u;

function normalize(path: string): string {
  return path.replace(/(?<!\/)\/+$/u, "").replace(HOME, "~");
}

/**
 * Whether a `--mount=type=cache` or `type=tmpfs` of the RUN covers one of the tool's cache
 * directories (the mount's target is the directory or one above it: `/root/.cache` covers pip).
 * `lookup` gives variables in effect, for caches moved by `PIP_CACHE_DIR` and the like.
 */
export function mountsCacheOf(run: DockerfileRun, kind: CacheKind, lookup: (name: string) => string | null | undefined = () => undefined): boolean {
  const directories = [...CACHE_DIRECTORIES[kind]];
  for (const variable of DIRECTORY_VARIABLES[kind] ?? []) {
    const value = lookup(variable);
    if (value) directories.push(value);
  }
  const wanted = directories.map(normalize);
  return run.flags.some((flag) => {
    if (flag.name !== "mount") return false;
    const type = flag.options.find((option) => option.name === "type")?.value;
    if (type !== "cache" && type !== "tmpfs") return false;
    const target = flag.options.find((option) => ["target", "dst", "destination"].includes(option.name))?.value;
    if (!target) return false;
    const mounted = normalize(target);
    return wanted.some((directory) => directory === mounted || directory.startsWith(`${mounted}/`));
  });
}

/** Variables that turn a tool's cache off, and how they read their value. */
const DISABLING_VARIABLES: Readonly<Partial<Record<CacheKind, { name: string; reads: "pip" | "boolean" }>>> = {
  pip: { name: "PIP_NO_CACHE_DIR", reads: "pip" },
  uv: { name: "UV_NO_CACHE", reads: "boolean" },
};

const FALSE = /^(0|off|no|n|false|f)$/iu;
const BOOLEAN = /^(0|off|no|n|false|f|1|on|yes|y|true|t)$/iu;

/**
 * Whether a variable in effect turns the tool's cache off. A boolean variable does so when its
 * value is true: `0`, `off`, `no`, `false` do not. pip is the exception: any value pip accepts as a
 * boolean, `false` and `0` included, disables its cache (pip's own `_handle_no_cache_dir` keeps this
 * for compatibility), so only a value pip rejects leaves the cache on. A value unknown here
 * (null: computed, or a build arg without default) counts as turning the cache off.
 */
export function cacheDisabledBy(kind: CacheKind, lookup: (name: string) => string | null | undefined): boolean {
  const variable = DISABLING_VARIABLES[kind];
  if (!variable) return false;
  const value = lookup(variable.name);
  if (value === undefined) return false;
  // Set, to a value unknown here (`ARG PIP_NO_CACHE_DIR`, `$(...)`): whoever sets it means to turn the cache off.
  if (value === null) return true;
  return variable.reads === "pip" ? BOOLEAN.test(value.trim()) : value.trim() !== "" && !FALSE.test(value.trim());
}

/**
 * Whether a cache rule should stay quiet about a command of a RUN: a mount covers the tool's
 * cache, a variable in effect (in the RUN, or ENV/ARG of the stage and its bases) turns the
 * cache off, or the stage's files never reach the final image (a builder stage copied from file
 * by file). ONBUILD RUNs run in a downstream image, so only the first two apply to them.
 */
export function cacheIsKeptOut(node: Node, kind: CacheKind): boolean {
  const run = findAncestor(node, "DockerfileRun");
  if (!run) return true;
  const stage = stageOf(run);
  if (stage && run.parent?.type !== "DockerfileOnbuild" && !shipsInFinalImage(stage)) return true;
  const state = shellStateBefore(node);
  // A build arg declared without a default has a value only at build time: unknown (null).
  const lookup = (name: string) => variableAt(state, name) ?? (state.stage.args.has(name) || state.stage.env.has(name) ? null : undefined);
  return mountsCacheOf(run, kind, lookup) || cacheDisabledBy(kind, lookup);
}

/**
 * Whether a command deletes one of `directories`, what is inside it, or a folder above it
 * (`rm -rf /var/lib/apt/lists/*`, `rm -fr /var/cache/yum`, `find /var/cache/apk -delete`).
 */
export function removesDirectory(invocation: Invocation, directories: readonly string[]): boolean {
  const wanted = directories.map(normalize);
  const deletes = invocation.program === "rm" || (invocation.program === "find" && invocation.args.some((arg) => arg.value === "-delete" || arg.value === "-exec"));
  if (!deletes) return false;
  return invocation.args.some((arg) => {
    if (arg.value === null || !arg.value.startsWith("/") && !arg.value.startsWith("~") && !arg.value.startsWith("$HOME")) return false;
    const path = normalize(arg.value.replace(/\/(\*|\.\*|\*\.\*)?$/u, ""));
    return wanted.some((directory) => directory === path || directory.startsWith(`${path}/`));
  });
}

const SHELLS = /^(sh|bash|ash|dash|zsh|ksh|mksh|su)$/u;

/**
 * Whether a RUN deletes one of `directories` (see `removesDirectory`), in a command that starts
 * after offset `after`. A `sh -c "..."` script the parser could not read (escaped quotes inside
 * double quotes) is searched as text for an `rm` of the directory, so that its clean-up counts.
 */
export function runRemovesDirectory(run: DockerfileRun, directories: readonly string[], after = -1): boolean {
  if (invocationsIn(run).some((invocation) => invocation.node.range[0] > after && removesDirectory(invocation, directories))) return true;
  if (run.command?.type !== "DockerfileShellForm" || !hasUnreadScript(run)) return false;
  const text = run.command.value;
  return directories.some((directory) => new RegExp(`\\brm\\s[^;&|]*${directory.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")}`, "u").test(text));
}

function hasUnreadScript(run: DockerfileRun): boolean {
  const commands = findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand");
  return commands.some((command) => {
    const index = command.words.findIndex((word) => /^-[a-z]*c$/u.test(word.value ?? ""));
    const shell = command.words.slice(0, Math.max(index, 0)).some((word) => SHELLS.test(word.value?.slice(word.value.lastIndexOf("/") + 1) ?? ""));
    const script = command.words[index + 1];
    return index > 0 && shell && script !== undefined && script.body.length === 0;
  });
}
