import type {
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
import { countBelow } from "../count-below.js";
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

const endStates = new WeakMap<DockerfileStage, StageState>();

/** The state at the end of a stage: what a stage built `FROM` it starts with. */
export function stageEndState(stage: DockerfileStage): StageState {
  let state = endStates.get(stage);
  if (!state) {
    state = stateOfStage(stage, null);
    endStates.set(stage, state);
  }
  return state;
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
  return stateOfStage(stage, instruction);
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

/** Something an instruction of a stage set, at the instruction's position in the stage's body. */
interface Change<T> {
  position: number;
  value: T;
}

/**
 * A stage's instructions read once: what each one sets, by position. The state before any
 * instruction is then looked up (binary search) rather than replayed from the stage's start,
 * which made a stage of n instructions cost n^2 / 2 steps when every instruction asks.
 */
interface Timeline {
  /** The end state of the stage this one is built `FROM`, or null. */
  inherited: StageState | null;
  stages: readonly DockerfileStage[];
  baseImage: DockerfileImageReference | null;
  positions: ReadonlyMap<DockerfileInstruction, number>;
  end: number;
  env: ReadonlyMap<string, Array<Change<DockerfileKeyValue>>>;
  args: ReadonlyMap<string, Array<Change<DockerfileKeyValue>>>;
  user: Array<Change<DockerfileSimpleInstruction>>;
  shell: Array<Change<DockerfileShell>>;
  workdirs: Array<Change<DockerfileSimpleInstruction>>;
  healthcheck: Array<Change<DockerfileHealthcheck>>;
  cmd: Array<Change<DockerfileCmd>>;
  entrypoint: Array<Change<DockerfileEntrypoint>>;
  expose: Array<Change<DockerfileSimpleInstruction>>;
  /** The states asked for so far, by position: several rules ask about the same instruction. */
  states: Map<number, StageState>;
}

const timelines = new WeakMap<DockerfileStage, Timeline>();

function timelineOf(stage: DockerfileStage): Timeline {
  let timeline = timelines.get(stage);
  if (timeline) return timeline;
  const program = stage.parent as Program | null;
  const base = program ? baseStage(program, stage) : null;
  const inherited = base ? stageEndState(base) : null;
  const globals = program ? globalArgs(program) : new Map<string, DockerfileKeyValue>();
  timeline = {
    inherited,
    stages: inherited ? [stage, ...inherited.stages] : [stage],
    baseImage: inherited ? inherited.baseImage : stage.from.image,
    positions: new Map(stage.body.map((instruction, position) => [instruction, position])),
    end: stage.body.length,
    env: new Map(),
    args: new Map(),
    user: [],
    shell: [],
    workdirs: [],
    healthcheck: [],
    cmd: [],
    entrypoint: [],
    expose: [],
    states: new Map(),
  };
  stage.body.forEach((instruction, position) => record(timeline!, instruction, position, program ? globals : null));
  timelines.set(stage, timeline);
  return timeline;
}

function addChange<T>(history: Map<string, Array<Change<T>>>, key: string, change: Change<T>): void {
  const changes = history.get(key);
  if (changes) changes.push(change);
  else history.set(key, [change]);
}

function record(
  timeline: Timeline,
  instruction: DockerfileInstruction,
  position: number,
  globals: ReadonlyMap<string, DockerfileKeyValue> | null,
): void {
  switch (instruction.type) {
    case "DockerfileEnv":
      for (const pair of instruction.pairs) addChange(timeline.env as Map<string, Array<Change<DockerfileKeyValue>>>, pair.key.value, { position, value: pair });
      break;
    case "DockerfileArg":
      // `ARG NAME` without a default inside a stage takes the global ARG's default, as Docker
      // does; the pair recorded is then the global one, where the value is written.
      for (const pair of instruction.pairs) {
        const global = pair.value === null && globals ? globals.get(pair.key.value) : undefined;
        addChange(timeline.args as Map<string, Array<Change<DockerfileKeyValue>>>, pair.key.value, { position, value: global?.value ? global : pair });
      }
      break;
    case "DockerfileUser":
      timeline.user.push({ position, value: instruction });
      break;
    case "DockerfileShell":
      timeline.shell.push({ position, value: instruction });
      break;
    case "DockerfileWorkdir":
      timeline.workdirs.push({ position, value: instruction });
      break;
    case "DockerfileHealthcheck":
      timeline.healthcheck.push({ position, value: instruction });
      break;
    case "DockerfileCmd":
      timeline.cmd.push({ position, value: instruction });
      break;
    case "DockerfileEntrypoint":
      timeline.entrypoint.push({ position, value: instruction });
      break;
    case "DockerfileExpose":
      timeline.expose.push({ position, value: instruction });
      break;
  }
}

/** How many of `changes` (in position order) come before `position`. */
function countBefore(changes: ReadonlyArray<Change<unknown>>, position: number): number {
  return countBelow(changes, (change) => change.position, position);
}

/** The last value set before `position`, or undefined. */
function lastBefore<T>(changes: ReadonlyArray<Change<T>> | undefined, position: number): T | undefined {
  return changes ? changes[countBefore(changes, position) - 1]?.value : undefined;
}

/**
 * ENV or ARG values before a position: the stage's own last value of a name, else the inherited
 * one. Looking a name up costs a binary search; the whole map (in the order a Map filled
 * instruction by instruction would have) is built only for callers that list it.
 */
class VariablesAt implements ReadonlyMap<string, DockerfileKeyValue> {
  #all: Map<string, DockerfileKeyValue> | undefined;

  constructor(
    private readonly history: ReadonlyMap<string, ReadonlyArray<Change<DockerfileKeyValue>>>,
    private readonly position: number,
    private readonly inherited: ReadonlyMap<string, DockerfileKeyValue> | undefined,
  ) {}

  get(key: string): DockerfileKeyValue | undefined {
    return lastBefore(this.history.get(key), this.position) ?? this.inherited?.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(callback: (value: DockerfileKeyValue, key: string, map: ReadonlyMap<string, DockerfileKeyValue>) => void, thisArg?: unknown): void {
    this.all().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, DockerfileKeyValue]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<DockerfileKeyValue> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[string, DockerfileKeyValue]> {
    return this.all()[Symbol.iterator]();
  }

  private all(): Map<string, DockerfileKeyValue> {
    if (!this.#all) {
      const all = new Map(this.inherited ?? []);
      for (const [key, changes] of this.history) {
        const value = lastBefore(changes, this.position);
        if (value !== undefined) all.set(key, value);
      }
      this.#all = all;
    }
    return this.#all;
  }
}

/** The stage's state just before `until` (or at its end when `until` is null or not in its body). */
function stateOfStage(stage: DockerfileStage, until: DockerfileInstruction | null): StageState {
  const timeline = timelineOf(stage);
  const position = (until && timeline.positions.get(until)) ?? timeline.end;
  let state = timeline.states.get(position);
  if (!state) {
    state = stateAt(timeline, position);
    timeline.states.set(position, state);
  }
  return state;
}

function stateAt(timeline: Timeline, position: number): StageState {
  const { inherited } = timeline;
  let workdirs: readonly DockerfileSimpleInstruction[] | undefined;
  let expose: readonly DockerfileSimpleInstruction[] | undefined;
  const own = <T>(changes: ReadonlyArray<Change<T>>) => changes.slice(0, countBefore(changes, position)).map((change) => change.value);
  return {
    env: new VariablesAt(timeline.env, position, inherited?.env),
    args: new VariablesAt(timeline.args, position, inherited?.args),
    user: lastBefore(timeline.user, position) ?? inherited?.user ?? null,
    shell: lastBefore(timeline.shell, position) ?? inherited?.shell ?? null,
    // Lists are built when read: few callers read them.
    get workdirs() {
      return (workdirs ??= [...(inherited?.workdirs ?? []), ...own(timeline.workdirs)]);
    },
    healthcheck: lastBefore(timeline.healthcheck, position) ?? inherited?.healthcheck ?? null,
    cmd: lastBefore(timeline.cmd, position) ?? inherited?.cmd ?? null,
    entrypoint: lastBefore(timeline.entrypoint, position) ?? inherited?.entrypoint ?? null,
    get expose() {
      return (expose ??= [...(inherited?.expose ?? []), ...own(timeline.expose)]);
    },
    stages: timeline.stages,
    baseImage: timeline.baseImage,
  };
}

function emptyState(stages: DockerfileStage[]): StageState {
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
    baseImage: null,
  };
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
