/** Corrections: a page that exists, corrected after the story began. */
import type { Folder } from '../registry.ts';
import type { CheckContext } from './context.ts';

export function checkCorrections(ctx: CheckContext): void {
  for (const { file, data } of ctx.story.corrections) {
    const [folder, id] = data.target.split('/') as [Folder, string];
    ctx.ref(file, 'target', folder, id);
    if (data.date < ctx.story.site.coverage.start) ctx.report(file, 'date', `${data.date} is before the story began`, 'write the day the correction was made.');
  }
}
