/** "1 event", "2 events": counts in running text. */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
