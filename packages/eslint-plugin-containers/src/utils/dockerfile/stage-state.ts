import type {
  DockerfileArg,
  DockerfileCmd,
  DockerfileEntrypoint,
  DockerfileHealthcheck,
  DockerfileImageReference,
  DockerfileInstruction,
  DockerfileKeyValue,
  DockerfileShell,
  DockerfileSimpleInstruction,
  DockerfileStage,
  Node,
  Program,
} from "dockerfile-eslint-parser";
import { findAncestor } from "./ancestors.js";
import { baseStage, stageOf } from "./stages.js";

/**
 * What is in effect at a point of a Dockerfile: the answer to "which USER, ENV, SHELL...
 * applies to this instruction". A stage built `FROM` an earlier stage starts from that stage's
 * state at its end (Docker carries ENV, USER, WORKDIR, SHELL, HEALTHCHECK, CMD, ENTRYPOINT,
 * EXPOSE and, in BuildKit, the stage's build args over to stages based on it). Every rule that
 * needs inherited state asks here instead of walking stages itself.
 */
export interface StageState {
  /** ENV variables by name: the pair that set each one last. */
  env: ReadonlyMap<string, DockerfileKeyValue>;
  /**
   * ARGs declared in the stage (or a base stage) by name. A global ARG (before the first FROM)
   * is only here once the stage re-declares it, as in Docker.
   */
  args: ReadonlyMap<string, DockerfileKeyValue>;
  user: DockerfileSimpleInstruction | null;
  shell: DockerfileShell | null;
  /** Every WORKDIR so far, oldest first (a relative one resolves against those before it). */
  workdirs: readonly DockerfileSimpleInstruction[];
  healthcheck: DockerfileHealthcheck | null;
  cmd: DockerfileCmd | null;
  entrypoint: DockerfileEntrypoint | null;
  expose: readonly DockerfileSimpleInstruction[];
  /**
   * The chain of stages this state flows through, from the stage asked about down to the stage
   * whose FROM names an image (or `scratch`).
   */
  stages: readonly DockerfileStage[];
  /** The image at the bottom of the chain (null when the bottom FROM has none). */
  baseImage: DockerfileImageReference | null;
}

/**
 * The state before each instruction of a stage, and at its end, computed in one pass the first
 * time a rule asks: every rule asks per instruction, and recomputing the stage up to the
 * instruction each time was quadratic in the stage's length. Instructions that change nothing
 * (RUN, COPY...) share the state object of the instruction before them.
 */
interface StageStates {
  before: Map<DockerfileInstruction, StageState>;
  end: StageState;
}
const stageStates = new WeakMap<DockerfileStage, StageStates>();

function statesOfStage(stage: DockerfileStage): StageStates {
  let states = stageStates.get(stage);
  if (!states) {
    states = computeStageStates(stage);
    stageStates.set(stage, states);
  }
  return states;
}

/** The state at the end of a stage: what a stage built `FROM` it starts with. */
export function stageEndState(stage: DockerfileStage): StageState {
  return statesOfStage(stage).end;
}

/**
 * The state in effect when `node` (an instruction, or any node inside one) runs: the stage's
 * inherited state plus the stage's instructions before it. Inside `ONBUILD`, the state at the
 * ONBUILD. Above the first FROM, an empty state.
 */
export function stateBefore(node: Node): StageState {
  const stage = stageOf(node);
  if (!stage) return emptyState([]);
  const instruction = topInstruction(node, stage);
  const states = statesOfStage(stage);
  return (instruction && states.before.get(instruction)) || states.end;
}

/** The ARGs declared before the first FROM, by name: the only variables FROM can use. */
export function globalArgs(program: Program): ReadonlyMap<string, DockerfileKeyValue> {
  const args = new Map<string, DockerfileKeyValue>();
  for (const node of program.body) {
    if (node.type === "DockerfileStage") break;
    if (node.type === "DockerfileArg") for (const pair of node.pairs) args.set(pair.key.value, pair);
  }
  return args;
}

/** The instruction of `stage` that contains `node` (an ONBUILD rather than its trigger). */
function topInstruction(node: Node, stage: DockerfileStage): DockerfileInstruction | null {
  let current: Node | null = node;
  while (current && current.parent !== stage) current = current.parent;
  return (current as DockerfileInstruction | null) ?? findAncestor(node, "DockerfileFrom");
}

function computeStageStates(stage: DockerfileStage): StageStates {
  const program = stage.parent as Program | null;
  const base = program ? baseStage(program, stage) : null;
  const inherited = base ? stageEndState(base) : null;
  let state: StageState = inherited ? { ...inherited, stages: [stage, ...inherited.stages] } : emptyState([stage], stage.from.image);
  const before = new Map<DockerfileInstruction, StageState>();
  for (const instruction of stage.body) {
    before.set(instruction, state);
    state = after(state, instruction, program);
  }
  return { before, end: state };
}

function emptyState(stages: DockerfileStage[], baseImage: DockerfileImageReference | null = null): StageState {
  return {
    env: new Map(),
    args: new Map(),
    user: null,
    shell: null,
    workdirs: [],
    healthcheck: null,
    cmd: null,
    entrypoint: null,
    expose: [],
    stages,
    baseImage,
  };
}

/**
 * The state after an instruction. States are never changed once made, so a new state shares
 * what the instruction leaves alone (an instruction that sets nothing returns the same state).
 */
function after(state: StageState, instruction: DockerfileInstruction, program: Program | null): StageState {
  switch (instruction.type) {
    case "DockerfileEnv": {
      const env = new Map(state.env);
      for (const pair of instruction.pairs) env.set(pair.key.value, pair);
      return { ...state, env };
    }
    case "DockerfileArg":
      return { ...state, args: argsAfter(state.args, instruction, program) };
    case "DockerfileUser":
      return { ...state, user: instruction };
    case "DockerfileShell":
      return { ...state, shell: instruction };
    case "DockerfileWorkdir":
      return { ...state, workdirs: [...state.workdirs, instruction] };
    case "DockerfileHealthcheck":
      return { ...state, healthcheck: instruction };
    case "DockerfileCmd":
      return { ...state, cmd: instruction };
    case "DockerfileEntrypoint":
      return { ...state, entrypoint: instruction };
    case "DockerfileExpose":
      return { ...state, expose: [...state.expose, instruction] };
    default:
      return state;
  }
}

/**
 * `ARG NAME` without a default inside a stage takes the global ARG's default, as Docker does;
 * the pair recorded is then the global one, where the value is written.
 */
function argsAfter(args: ReadonlyMap<string, DockerfileKeyValue>, instruction: DockerfileArg, program: Program | null): Map<string, DockerfileKeyValue> {
  const next = new Map(args);
  for (const pair of instruction.pairs) {
    const global = pair.value === null && program ? globalArgs(program).get(pair.key.value) : undefined;
    next.set(pair.key.value, global?.value ? global : pair);
  }
  return next;
}

/**
 * The value a variable has at `node` as far as the file tells: an ENV's value, else an ARG's
 * default (build args passed with `--build-arg` are unknown here). Undefined when the variable
 * is not defined, or defined without a value.
 */
export function variableValue(state: StageState, name: string): string | undefined {
  const pair = state.env.get(name) ?? state.args.get(name);
  return pair?.value?.value;
}
