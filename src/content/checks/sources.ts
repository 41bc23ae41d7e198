/** Sources: stored text present; standing coherent with via; the id names the stored publisher or its via; archive after publication. */
import { partialDate } from '../../shared/dates.ts';
import { addDays } from '../../shared/timeline/time-scale.ts';
import type { CheckContext } from './context.ts';
import { namesOutlet, outletPart, outletWords } from './outlets.ts';

export function checkSources(ctx: CheckContext): void {
  for (const { id, file, data, body } of ctx.story.sources) {
    if (body.trim() === '') {
      ctx.report(file, '(text)', 'has no stored text', 'paste the document (or, for an excerpt, the passages relied on) below the closing "---".');
    }
    if ((data.standing === 'syndicated' || data.standing === 'copy') && data.via === undefined) {
      ctx.report(
        file,
        'via',
        `is missing: a ${data.standing === 'copy' ? 'copy' : 'syndicated report'} must name the outlet whose report it is`,
        'add via: with the original outlet, e.g. "via: AP", and original: with its address if known.',
      );
    }
    if (data.original !== undefined && data.standing !== 'syndicated' && data.standing !== 'copy') {
      ctx.report(file, 'original', `is only for a syndicated report or a copy, and this source is "${data.standing}"`, 'remove original:, or correct standing:.');
    }
    const outlet = outletPart(id);
    // The outlet may be named as it names itself, or by the address it publishes at ("inews" for i, at inews.co.uk).
    const names = [data.publisher, data.via, data.url && new URL(data.url).hostname.replace(/^www\./, '')].filter((n) => n !== undefined);
    if (outlet !== undefined && !names.some((name) => namesOutlet(outlet, name))) {
      ctx.report(
        file,
        '(file name)',
        `begins "${outlet}", which does not name the publisher "${data.publisher}"${data.via ? ` or the outlet it relays, "${data.via}"` : ''}`,
        `name the file after who published the stored text (or, for a syndicated report or a copy, the original outlet in via:), e.g. sources/${outletWords(data.publisher).join('-')}${id.slice(outlet.length)}.md, and update the citations; if the text is really the other outlet's, store it from that outlet.`,
      );
    }
    // A day's grace: the publisher's date is in its time zone, which may be a day ahead of ours.
    if (partialDate(data.published).first > addDays(data.retrieved, 1)) {
      ctx.report(file, 'retrieved', `${data.retrieved} is before the document was published (${data.published})`, 'give the day the text was stored (retrieved), and check published: against the document.');
    }
    if (data.archived !== undefined && data.archived.date < partialDate(data.published).first) {
      ctx.report(file, 'archived.date', `${data.archived.date} is before the document was published (${data.published})`, 'give the day the archived copy was made.');
    }
  }
}
