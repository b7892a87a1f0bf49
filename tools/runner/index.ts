/**
 * The one emulation of how GitHub's runner runs a step, shared by the bundle tests and benches
 * (lab/runner.ts) and the local workflow runner (tools/demo/runner.ts): the step's environment,
 * its command files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY),
 * the workflow commands in its output, and a JavaScript action's main and post.
 */
export {
  actionInputs,
  inputVariable,
  postCondition,
  readActionMetadata,
  runActionStep,
  type ActionMetadata,
  type ActionStep,
} from './action.js';
export { CommandReader, parseCommand, parseCommands, type WorkflowCommand } from './commands.js';
export {
  createCommandFiles,
  parseKeyValueFile,
  readCommandFiles,
  type CommandFileValues,
  type CommandFiles,
  type FileCommandResults,
  type KeyValueFile,
} from './files.js';
export { runStep, runnerEnv, type RunContext, type StepResult, type StepSpec } from './step.js';
