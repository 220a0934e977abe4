import { describe, expect, it } from 'vitest';
import { NAMED_GROUP, sensitivityGroups } from '../../../../src/lib/evidence/sensitivity-groups.ts';

describe('sensitivityGroups', () => {
  it("puts today's municipalities per year first, oldest first, then the named ones", () => {
    expect(sensitivityGroups([2015, 2022])).toEqual([
      { key: '2015', label: 'Nu (2015)' },
      { key: '2022', label: 'Nu (2022)' },
      { key: NAMED_GROUP, label: 'Genoemd' },
    ]);
  });

  it('keeps the named group when there are no years', () => {
    expect(sensitivityGroups([]).map((g) => g.key)).toEqual([NAMED_GROUP]);
  });
});
