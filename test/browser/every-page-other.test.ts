/**
 * Every page of the second fixture story (see test/support/every-page.ts): a
 * story elsewhere, without systems, people or rules, built without SITE_URL,
 * whose own content is what could break a page (the map's frame, one
 * category, dates known to the month): every page with a script of its own and a
 * sample of the others, as the fixture story checks the templates in full.
 */
import { describeEveryPage } from '../support/every-page.ts';

describeEveryPage('other', { searched: 'river', sampled: true });
