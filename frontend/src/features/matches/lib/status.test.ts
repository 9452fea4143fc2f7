import { describe, expect, it } from 'vitest';

import { canMove } from './status';

describe('canMove', () => {
  it('moves forward along the pipeline, skipping steps if need be', () => {
    expect(canMove('new', 'saved')).toBe(true);
    expect(canMove('saved', 'interviewing')).toBe(true);
    expect(canMove('offer', 'accepted')).toBe(true);
  });

  it('never moves back, and nothing leaves a final status', () => {
    expect(canMove('applied', 'saved')).toBe(false);
    expect(canMove('accepted', 'rejected')).toBe(false);
    expect(canMove('rejected', 'new')).toBe(false);
  });

  it('ends any unfinished match with rejected or withdrawn', () => {
    expect(canMove('new', 'withdrawn')).toBe(true);
    expect(canMove('offer', 'rejected')).toBe(true);
  });
});
