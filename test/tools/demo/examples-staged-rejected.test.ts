import { describe, it } from 'vitest';
import { secondReviewNeverComes } from './staged-review.js';

describe('example workflows run for real: staged-approvals.yml, a second review that never comes', () => {
  it(
    'staged-approvals.yml: the second review rejected while the canary holds a quarter: production back on stable, recorded',
    () => secondReviewNeverComes('rejected'),
    150_000,
  );
});
