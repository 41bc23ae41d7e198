/** "1 event", "2 events" (or "2 people", given `many`): counts in running text. */
export const plural = (count: number, word: string, many = `${word}s`) => `${count} ${count === 1 ? word : many}`;
