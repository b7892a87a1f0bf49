/** The New Relic (NerdGraph) stand-in's public face: what tests, lab/ and bench/ use. */
export {
  nerdGraphSchema,
  NewRelicStandIn,
  STAND_IN_ACCOUNT_ID,
  STAND_IN_API_KEY,
  type NewRelicFault,
  type NewRelicRequest,
  type NewRelicStandInOptions,
} from './server.js';
export type { NrEvent } from './nrql.js';
export { modelEvents, modelNrql } from './model.js';
