import { expect, test } from 'vitest';
import { variantName } from '../../src/model/map/reach-rings.ts';

test("a variant reads after its system's name in a sentence: an ordinary first word lowered, an acronym or the system's own name kept", () => {
  expect(variantName({ system: 'ATACMS', variant: 'Longer-range version (arrived April 2024)' })).toBe('ATACMS, longer-range version (arrived April 2024)');
  expect(variantName({ system: 'Storm Shadow', variant: 'Reported range' })).toBe('Storm Shadow, reported range');
  expect(variantName({ system: 'HIMARS', variant: 'GMLRS rockets (as supplied to Ukraine)' })).toBe('HIMARS, GMLRS rockets (as supplied to Ukraine)');
  expect(variantName({ system: 'Taurus', variant: 'Taurus KEPD 350' })).toBe('Taurus KEPD 350');
});
