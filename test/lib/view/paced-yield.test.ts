import { describe, expect, it } from 'vitest';
import { pacedYield } from '../../../src/lib/view/paced-yield.ts';

describe('pacedYield', () => {
  it('yields on the first call, then only once the task has used its budget', async () => {
    let clock = 0, yields = 0;
    const pause = pacedYield(8, () => clock, async () => void yields++);
    await pause();
    expect(yields).toBe(1);
    for (const step of [3, 3]) {
      clock += step;
      await pause();
    }
    // 6 ms into the task: still within the budget of 8.
    expect(yields).toBe(1);
    clock += 3;
    await pause();
    expect(yields).toBe(2);
    // The budget counts from the new task's start.
    clock += 7;
    await pause();
    expect(yields).toBe(2);
  });
});
