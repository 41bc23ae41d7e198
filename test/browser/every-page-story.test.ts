/**
 * Every page of the shipped story (see test/support/every-page.ts): all of
 * them load cleanly; axe and the 320 px check run on a sample per template.
 */
import { describeEveryPage } from '../support/every-page.ts';

describeEveryPage('story', { searched: 'ATACMS', sampled: true });
