import { describe, expect, it } from '@jest/globals';
import { MIN_POSITION_HEADER, positionOf, WriteFence } from './read-your-writes.js';

describe('the console’s read-your-writes', () => {
  it('takes the position a write answered, or its last event’s', () => {
    expect(positionOf({ eventId: 'e', revision: 2, position: '120-3' })).toBe('120-3');
    expect(positionOf({ id: 'c', revision: 4, events: [{ position: '99-1' }, { position: '120-3' }, { position: '120-2' }] })).toBe('120-3');
    expect(positionOf({ id: 'c', revision: null, events: [] })).toBeNull();
    expect(positionOf({ position: null })).toBeNull();
    expect(positionOf('done')).toBeNull();
  });

  it('sends the latest write’s position on reads until a read carrying it is answered', () => {
    const fence = new WriteFence();
    expect(fence.headers()).toEqual({});

    fence.wrote({ position: '120-3' });
    fence.wrote({ position: '9-1' });
    const first = fence.headers();
    expect(first).toEqual({ [MIN_POSITION_HEADER]: '120-3' });

    fence.wrote({ position: '121-0' });
    fence.readAnswered(first);
    const second = fence.headers();
    expect(second).toEqual({ [MIN_POSITION_HEADER]: '121-0' });

    fence.readAnswered(second);
    expect(fence.headers()).toEqual({});
  });
});
