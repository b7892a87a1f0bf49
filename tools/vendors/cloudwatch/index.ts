/** The CloudWatch stand-in's public face: what tests, lab/ and bench/ use. */
export {
  CloudWatchStandIn,
  STAND_IN_ACCESS_KEY_ID,
  STAND_IN_SECRET_ACCESS_KEY,
  type CloudWatchFault,
  type CloudWatchRequest,
  type CloudWatchStandInOptions,
} from './server.js';
export type { Datapoint, MetricKey, Source } from './metrics.js';
export { modelQuery, MODEL_METRICS, putModel } from './model.js';
