import { expect, test } from 'vitest';
import { namesOutlet, outletPart } from '../../src/content/checks/outlets.ts';

test("a source id names its outlet by words in order, by initials, or leaving out the name's small joining words", () => {
  expect(outletPart('riverton-gazette-2020-03-02-bridge')).toBe('riverton-gazette');
  expect(namesOutlet('riverton-gazette', 'The Riverton Gazette')).toBe(true);
  expect(namesOutlet('rg', 'Riverton Gazette')).toBe(true);
  expect(namesOutlet('municipalite-valdivia', 'Municipalité de Valdivia')).toBe(true);
  expect(namesOutlet('municipalite-de-valdivia', 'Municipalité de Valdivia')).toBe(true);
  expect(namesOutlet('daily-planet', 'Riverton Gazette')).toBe(false);
});
