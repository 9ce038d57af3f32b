/**
 * Property tests explore new random cases on every local run, but CI runs a fixed seed so a
 * green build stays green: a failure found locally prints its seed, which becomes a regression
 * case. `FC_SEED=<n>` replays a run anywhere.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261127 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
