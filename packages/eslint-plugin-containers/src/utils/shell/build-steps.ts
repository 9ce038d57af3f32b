import type { ShellCommand } from "dockerfile-eslint-parser";
import { type CommandLine, commandLineOf, findOption, hasOption } from "./command-line.js";
import { type CommandWord, type Invocation, invocationOf } from "./commands.js";

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

/**
 * The words after the program that are not options, for tools the command-line model does not
 * declare (`mvn`, `cargo`, `make`...): their options taking a value are not known, so this is
 * only used to find a subcommand or goal.
 */
function plainOperands(invocation: Invocation): CommandWord[] {
  return invocation.args.filter((word) => word.value !== null && !word.value.startsWith("-"));
}

const label = (...words: Array<string | null | undefined>) => `\`${words.filter(Boolean).join(" ")}\``;

/** `--version`, `-h`: a look at the tool, not a use of it. */
const LOOK = ["--version", "-v", "-V", "--help", "-h"];

/**
 * The project-dependency install a command runs, with the manifest it reads; null for anything
 * else. Installs of named packages (`npm install -g pm2`, `pip install --upgrade pip`) read no
 * manifest and are not listed; neither are installs of the source itself (`pip install .`).
 */
export function dependencyInstallOf(command: ShellCommand): DependencyInstall | null {
  const found = (text: string, manifest: string): DependencyInstall => ({ label: label(text), manifest, command });
  const line = commandLineOf(command);
  if (line) {
    if (hasOption(line, ...LOOK)) return null;
    return modelledInstall(line, found);
  }
  const invocation = invocationOf(command);
  if (!invocation || invocation.args.some((word) => LOOK.includes(word.value ?? ""))) return null;
  const { program } = invocation;
  const [sub] = plainOperands(invocation);
  const subcommand = sub?.value ?? null;
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

/** Dependency installs of the tools the command-line model declares. */
function modelledInstall(line: CommandLine, found: (text: string, manifest: string) => DependencyInstall): DependencyInstall | null {
  const { tool, action } = line;
  const none = line.operands.length === 0;
  switch (tool) {
    case "pip": {
      const requirements = action === "install" ? findOption(line, "-r", "--requirement")?.value : null;
      return requirements ? found(`pip install -r ${requirements}`, requirements.slice(requirements.lastIndexOf("/") + 1)) : null;
    }
    case "npm":
      return action === "ci" || (action === "install" && none) ? found(`npm ${action}`, "package*.json") : null;
    case "yarn":
      return (action === null || action === "install") && none ? found(action ? "yarn install" : "yarn", "package.json and yarn.lock") : null;
    case "pnpm":
      return (action === "install" || action === "fetch") && none ? found(`pnpm ${action}`, "package.json and pnpm-lock.yaml") : null;
    case "go":
      return action === "mod" && line.operands[0]?.value === "download" ? found("go mod download", "go.mod and go.sum") : null;
    case "bundle":
      return action === "install" || action === null ? found("bundle install", "Gemfile*") : null;
    default:
      return null;
  }
}

const COMPILERS = new Set(["gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake", "ninja", "javac", "rustc", "meson"]);
const DEV_PACKAGE = /^(?:build-essential|build-base|gcc|g\+\+|clang|make|cmake|[\w.+-]+-(?:dev|devel))(?:[=:].*)?$/u;
const MAVEN_GOAL = /^(?:package|install|verify|compile)$/u;
const GRADLE_TASK = /^(?:build|assemble|\w*[jJ]ar|installDist)$/u;
const OS_PACKAGE_TOOLS = new Set(["apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "zypper"]);

/** A compile that is not one of the modelled tools' (`go build` is). */
function compileStep(invocation: Invocation): string | null {
  const { program } = invocation;
  const values = invocation.args.map((word) => word.value ?? "");
  if (values.some((value) => LOOK.includes(value))) return null;
  const subcommand = plainOperands(invocation)[0]?.value ?? null;
  if (COMPILERS.has(program)) return label(program);
  if (program === "cargo" && (subcommand === "build" || subcommand === "install")) return label("cargo", subcommand);
  const goal = values.find((value) => MAVEN_GOAL.test(value));
  if ((program === "mvn" || program === "mvnw") && goal) return label("mvn", goal);
  const task = values.find((value) => GRADLE_TASK.test(value));
  if ((program === "gradle" || program === "gradlew") && task) return label(program, task);
  if (program === "dotnet" && (subcommand === "build" || subcommand === "publish")) return label("dotnet", subcommand);
  return null;
}

/** A compile or OS install of build tools by a modelled tool. */
function modelledStep(line: CommandLine): Omit<BuildStep, "command"> | null {
  const { tool, action } = line;
  if (tool === "go" && (action === "build" || action === "install")) return { kind: "compile", label: label("go", action) };
  if ((tool === "npm" || tool === "pnpm" || tool === "yarn") && (action === "run" || action === "run-script")) {
    const script = line.operands[0]?.value;
    return script && /^build/u.test(script) ? { kind: "compile", label: label(line.program, "run", script) } : null;
  }
  if ((tool === "yarn" || tool === "pnpm") && action === "build") return { kind: "compile", label: label(line.program, "build") };
  if (OS_PACKAGE_TOOLS.has(tool) && (action === "install" || action === "add")) {
    const dev = line.operands.map((word) => word.value ?? "").filter((name) => DEV_PACKAGE.test(name));
    return dev.length > 0 ? { kind: "dev-packages", label: label(line.program, line.subcommand?.value, ...dev.slice(0, 3)) } : null;
  }
  if (tool === "pip" && action === "install" && line.operands.some((word) => word.value !== "pip") && !hasOption(line, "-r", "--requirement")) {
    return { kind: "dependency-install", label: label("pip install") };
  }
  return null;
}

/** The build step a command is, or null. A dependency install counts too (see `BuildStepKind`). */
export function buildStepOf(command: ShellCommand): BuildStep | null {
  const line = commandLineOf(command);
  if (line && !hasOption(line, ...LOOK)) {
    const step = modelledStep(line);
    if (step) return { ...step, command };
  } else if (!line) {
    const invocation = invocationOf(command);
    const compile = invocation && compileStep(invocation);
    if (compile) return { kind: "compile", label: compile, command };
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
  const line = commandLineOf(command);
  if (!line || !OS_PACKAGE_TOOLS.has(line.tool)) return false;
  return ["del", "purge", "remove", "autoremove", "erase"].includes(line.action ?? "");
}
