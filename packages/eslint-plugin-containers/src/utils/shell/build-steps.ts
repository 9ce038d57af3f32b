import type { ShellCommand, ShellWord } from "dockerfile-eslint-parser";
import { type Invocation, invocationOf, subcommandOf } from "./commands.js";
import { isPip } from "./package-managers.js";

/**
 * Build-time work a shell command does, for the rules about what belongs in a builder stage
 * (`require-multi-stage`) and about layer order (`layer-cache-order`). One place decides what a
 * build step is, so the rules agree.
 *
 * - `compile`: a compiler or build tool producing artifacts (`go build`, `mvn package`, `make`,
 *   `npm run build`, `cargo build`, `dotnet publish`...);
 * - `dev-packages`: an OS package install of compilers or headers (`build-essential`, `gcc`,
 *   `*-dev`, `*-devel`, `build-base`);
 * - `dependency-install`: a language package manager installing the project's dependencies
 *   (`pip install`, `npm ci`, `bundle install`, `go mod download`...).
 */
export type BuildStepKind = "compile" | "dev-packages" | "dependency-install";

export interface BuildStep {
  kind: BuildStepKind;
  /** How the step reads in a message: `` `go build` ``, `` `apt-get install build-essential` ``. */
  label: string;
  command: ShellCommand;
}

export interface DependencyInstall {
  /** How the install reads in a message: `` `npm ci` ``. */
  label: string;
  /** The files the install reads, to copy before it: `package*.json`, `requirements.txt`. */
  manifest: string;
  command: ShellCommand;
}

/** Positional arguments (not options) after the subcommand. */
function operands(invocation: Invocation, after: ShellWord | null): ShellWord[] {
  const start = after ? invocation.args.indexOf(after) + 1 : 0;
  return invocation.args.slice(start).filter((word) => word.value !== null && !word.value.startsWith("-"));
}

const label = (...words: Array<string | null | undefined>) => `\`${words.filter(Boolean).join(" ")}\``;

/**
 * The project-dependency install a command runs, with the manifest it reads; null for anything
 * else. Installs of named packages (`npm install -g pm2`, `pip install --upgrade pip`) read no
 * manifest and are not listed; neither are installs of the source itself (`pip install .`).
 */
export function dependencyInstallOf(command: ShellCommand): DependencyInstall | null {
  const invocation = invocationOf(command);
  if (!invocation) return null;
  const { program } = invocation;
  // `yarn --version`, `npm -v`: a look, not an install.
  if (invocation.args.some((word) => /^(?:--version|-v|--help|-h)$/u.test(word.value ?? ""))) return null;
  const sub = subcommandOf(invocation);
  const subcommand = sub?.value ?? null;
  const found = (text: string, manifest: string): DependencyInstall => ({ label: label(text), manifest, command });

  if (isPip(program) && subcommand === "install") {
    const index = invocation.args.findIndex((word) => word.value === "-r" || word.value === "--requirement");
    const file = index === -1 ? undefined : invocation.args[index + 1]?.value;
    const inline = invocation.args.find((word) => /^(?:-r|--requirement=)\S/u.test(word.value ?? ""))?.value?.replace(/^(?:-r|--requirement=)/u, "");
    const requirements = file ?? inline;
    return requirements ? found(`pip install -r ${requirements}`, requirements.slice(requirements.lastIndexOf("/") + 1)) : null;
  }
  if (program === "npm" && (subcommand === "ci" || ((subcommand === "install" || subcommand === "i") && operands(invocation, sub).length === 0))) {
    return found(`npm ${subcommand}`, "package*.json");
  }
  if (program === "yarn" && (subcommand === null || subcommand === "install")) return found(subcommand ? "yarn install" : "yarn", "package.json and yarn.lock");
  if (program === "pnpm" && (subcommand === "install" || subcommand === "i" || subcommand === "fetch") && operands(invocation, sub).length === 0) {
    return found(`pnpm ${subcommand}`, "package.json and pnpm-lock.yaml");
  }
  if (program === "go" && subcommand === "mod" && operands(invocation, sub)[0]?.value === "download") return found("go mod download", "go.mod and go.sum");
  if (program === "bundle" && (subcommand === "install" || subcommand === null)) return found("bundle install", "Gemfile*");
  if (program === "composer" && subcommand === "install") return found("composer install", "composer.*");
  if (program === "cargo" && subcommand === "fetch") return found("cargo fetch", "Cargo.*");
  if ((program === "mvn" || program === "mvnw") && invocation.args.some((word) => /^dependency:(?:go-offline|resolve)/u.test(word.value ?? ""))) {
    return found("mvn dependency:go-offline", "pom.xml");
  }
  if (program === "poetry" && subcommand === "install") return found("poetry install", "pyproject.toml and poetry.lock");
  if (program === "pipenv" && (subcommand === "install" || subcommand === "sync")) return found(`pipenv ${subcommand}`, "Pipfile*");
  if (program === "uv" && subcommand === "sync") return found("uv sync", "pyproject.toml and uv.lock");
  return null;
}

const COMPILERS = new Set(["gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake", "ninja", "javac", "rustc", "meson"]);
const DEV_PACKAGE = /^(?:build-essential|build-base|gcc|g\+\+|clang|make|cmake|[\w.+-]+-(?:dev|devel))(?:[=:].*)?$/u;

function compileStep(invocation: Invocation, sub: ShellWord | null): string | null {
  const { program } = invocation;
  const subcommand = sub?.value ?? null;
  if (COMPILERS.has(program)) {
    // `make install` of a downloaded source is still a compile; `make --version` is not.
    return invocation.args.some((word) => /^--?(?:version|help)$/u.test(word.value ?? "")) ? null : label(program);
  }
  if (program === "go" && (subcommand === "build" || subcommand === "install")) return label("go", subcommand);
  if (program === "cargo" && (subcommand === "build" || subcommand === "install")) return label("cargo", subcommand);
  if ((program === "mvn" || program === "mvnw") && invocation.args.some((word) => /^(?:package|install|verify|compile)$/u.test(word.value ?? ""))) {
    return label("mvn", invocation.args.find((word) => /^(?:package|install|verify|compile)$/u.test(word.value ?? ""))!.value);
  }
  if ((program === "gradle" || program === "gradlew") && invocation.args.some((word) => /^(?:build|assemble|\w*[jJ]ar|installDist)$/u.test(word.value ?? ""))) {
    return label(program, invocation.args.find((word) => /^(?:build|assemble|\w*[jJ]ar|installDist)$/u.test(word.value ?? ""))!.value);
  }
  if ((program === "npm" || program === "pnpm" || program === "yarn") && (subcommand === "run" || subcommand === "run-script")) {
    const script = operands(invocation, sub)[0]?.value;
    return script && /^build/u.test(script) ? label(program, "run", script) : null;
  }
  if ((program === "yarn" || program === "pnpm") && subcommand === "build") return label(program, "build");
  if (program === "dotnet" && (subcommand === "build" || subcommand === "publish")) return label("dotnet", subcommand);
  return null;
}

function devPackagesStep(invocation: Invocation, sub: ShellWord | null): string | null {
  const { program } = invocation;
  const subcommand = sub?.value ?? null;
  const installs =
    ((program === "apt-get" || program === "apt" || program === "yum" || program === "dnf" || program === "microdnf" || program === "zypper") && subcommand === "install") ||
    (program === "apk" && subcommand === "add");
  if (!installs) return null;
  const packages = operands(invocation, sub).map((word) => word.value!);
  const dev = packages.filter((name) => DEV_PACKAGE.test(name));
  return dev.length > 0 ? label(program, subcommand, ...dev.slice(0, 3)) : null;
}

/** The build step a command is, or null. A dependency install counts too (see `BuildStepKind`). */
export function buildStepOf(command: ShellCommand): BuildStep | null {
  const invocation = invocationOf(command);
  if (!invocation) return null;
  const sub = subcommandOf(invocation);
  const compile = compileStep(invocation, sub);
  if (compile) return { kind: "compile", label: compile, command };
  const dev = devPackagesStep(invocation, sub);
  if (dev) return { kind: "dev-packages", label: dev, command };
  if (isPip(invocation.program) && sub?.value === "install" && operands(invocation, sub).some((word) => !/^pip$/u.test(word.value!))) {
    return { kind: "dependency-install", label: label("pip install"), command };
  }
  const install = dependencyInstallOf(command);
  return install ? { kind: "dependency-install", label: install.label, command } : null;
}

/**
 * Whether a command removes OS packages (`apk del`, `apt-get purge`/`remove`/`autoremove`,
 * `yum`/`dnf remove`): a RUN that installs build dependencies and removes them again keeps them
 * out of the image, the single-stage alternative to a builder stage.
 */
export function removesPackages(command: ShellCommand): boolean {
  const invocation = invocationOf(command);
  if (!invocation) return false;
  const subcommand = subcommandOf(invocation)?.value;
  if (invocation.program === "apk") return subcommand === "del";
  if (["apt-get", "apt", "yum", "dnf", "microdnf", "zypper"].includes(invocation.program)) {
    return subcommand === "purge" || subcommand === "remove" || subcommand === "autoremove" || subcommand === "erase";
  }
  return false;
}
