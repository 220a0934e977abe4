import { describe, expect, it } from 'vitest';
import { askedCode } from '../../../../src/lib/site/not-found.ts';

describe('askedCode', () => {
  it.each([
    ['/gemeente/GM9999/', { code: 'GM9999', exact: true }],
    ['/verscheidenheid/gemeente/GM9999/', { code: 'GM9999', exact: true }],
    ['/gemeente/GM9999', { code: 'GM9999', exact: false }],
    ['/gemeente/gm0738/', { code: 'GM0738', exact: false }],
    ['/gemeente/GM738/', { code: 'GM738', exact: false }],
    ['/gemeente/GM07380/', { code: 'GM07380', exact: false }],
    ['/gemeente/Tiel/', undefined],
    ['/gemeente/', undefined],
    ['/type/GM0738/', undefined],
    ['/gemeente/GM0738/extra/', undefined],
    ['/', undefined],
  ])('%s → %o', (path, expected) => {
    expect(askedCode(path)).toEqual(expected);
  });
});
