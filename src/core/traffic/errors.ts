import { UserError } from '../runtime/index.js';

/** A provider wrote the change but could not confirm it took effect: traffic may have moved. */
export class WrittenNotConfirmed extends UserError {}
