import { describe, it } from 'vitest';
import { secondReviewNeverComes } from './staged-review.js';

describe('example workflows run for real: staged-approvals.yml, a second review that never comes', () => {
  it(
    'staged-approvals.yml: the second review timed-out while the canary holds a quarter: production back on stable, recorded',
    () => secondReviewNeverComes('timed-out'),
    150_000,
  );
});
