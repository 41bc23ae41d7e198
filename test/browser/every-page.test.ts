/** Every page of the fixture sites, each checked in full (see test/support/every-page.ts). */
import { describeEveryPage } from '../support/every-page.ts';

describeEveryPage('fixture', { searched: 'bridge' });
// The same pages under a sub-path: what the sub-path can break is a script or an asset's address, so every page
// with a script of its own and one page per template load (the HTML tests resolve every link of every page);
// checking their layout again would only repeat the fixture's findings.
describeEveryPage('fixtureSub', { searched: 'bridge', axe: false, narrow: false, sampled: true, perTemplate: 1 });
// The fixture's pages with an attack in every field: what matters is that it stays text, and long
// unbroken words still fit a phone; axe would repeat the fixture's findings.
describeEveryPage('payload', { searched: 'alert', injection: true, axe: false });
