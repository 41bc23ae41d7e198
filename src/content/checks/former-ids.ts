/**
 * Former ids (`formerIds`): an old address sends readers to one page only, so a former id must
 * not be an id still in use nor claimed by two entries. References to a former id are reported by
 * CheckContext.ref with the new id to write.
 */
import { FOLDERS, formerIdsOf, KINDS } from '../registry.ts';
import type { CheckContext } from './context.ts';

export function checkFormerIds(ctx: CheckContext): void {
  for (const folder of FOLDERS) {
    const claimed = new Map<string, string>();
    const { noun, nounPlural = `${noun}s`, extension } = KINDS[folder];
    for (const { id, file, data } of ctx.story[folder]) {
      formerIdsOf(data).forEach((former, i) => {
        const field = `formerIds[${i}]`;
        if (former === id) {
          ctx.report(file, field, `"${former}" is this ${noun}'s own id`, 'remove it: formerIds lists the ids the file had before it was renamed.');
        } else if (ctx.known[folder].has(former)) {
          ctx.report(
            file,
            field,
            `"${former}" is the id of ${folder}/${former}${extension}, which still exists`,
            `remove it from formerIds, or rename or delete that file: one address cannot show two ${nounPlural}.`,
          );
        } else if (claimed.has(former)) {
          ctx.report(file, field, `"${former}" is also a former id of ${claimed.get(former)}`, 'keep it on one of them: an old address can send readers to one page only.');
        } else claimed.set(former, file);
      });
    }
  }
}
