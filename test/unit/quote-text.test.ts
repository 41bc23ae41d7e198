/** Quotes are shown without the source's own enclosing marks or trailing comma, with curly marks, and nothing else changes. */
import { expect, test } from 'vitest';
import { displayQuote, passageHomes } from '../../src/shared/quote-text.ts';

test("a source's own quotation marks and the comma before its reporting verb are not shown twice", () => {
  expect(displayQuote('"If it now comes to rockets…,"')).toBe('If it now comes to rockets…');
  expect(displayQuote('“We are not encouraging or enabling Ukraine to strike beyond its borders.”')).toBe('We are not encouraging or enabling Ukraine to strike beyond its borders.');
  expect(displayQuote('“That’s a decision for Ukraine and Ukraine has that right. ”')).toBe('That’s a decision for Ukraine and Ukraine has that right.');
  expect(displayQuote('“anywhere that Russian forces are coming across the border,”')).toBe('anywhere that Russian forces are coming across the border');
  expect(displayQuote('"from day one,",')).toBe('from day one');
});

test('words without enclosing marks keep their words, with straight marks made curly, and a quotation inside them in single marks', () => {
  expect(displayQuote(`it's not true, it's a "misconception"`)).toBe('it’s not true, it’s a ‘misconception’');
  expect(displayQuote('the soldiers’ families')).toBe('the soldiers’ families');
  expect(displayQuote('he called it “bluster” and moved on')).toBe('he called it ‘bluster’ and moved on');
  expect(displayQuote('  will take about a year — perhaps longer  ')).toBe('will take about a year — perhaps longer');
  expect(displayQuote('“Mr. Putin,” Blinken said, “must not win”')).toBe('Mr. Putin,” Blinken said, “must not win');
});

test('a quotation inside the words takes single marks, as it is shown inside double ones, and a space before its closing mark goes', () => {
  expect(displayQuote('Asked if that included targets inside Russia, he said: “That’s a decision for Ukraine and Ukraine has that right. ”')).toBe(
    'Asked if that included targets inside Russia, he said: ‘That’s a decision for Ukraine and Ukraine has that right.’',
  );
  expect(displayQuote('he called it “bluster” and said “no”')).toBe('he called it ‘bluster’ and said ‘no’');
  // Words taken from inside a quotation, the speaker interrupted: the marks do not pair, so they stay.
  expect(displayQuote('Mr. Putin,” Blinken said, “must not win')).toBe('Mr. Putin,” Blinken said, “must not win');
  expect(displayQuote('the word “escalation')).toBe('the word “escalation');
  // Marks used another way, or a third level already inside: left as written.
  expect(displayQuote('han sa ”nej”')).toBe('han sa ”nej”');
  expect(displayQuote('He said: "They called it \'the plan\'."')).toBe('He said: “They called it ‘the plan’.”');
  expect(displayQuote('he said “ yes ” twice')).toBe('he said ‘yes’ twice');
});

test('a hyphen typed for a dash, with a space each side, shows as a dash; hyphens inside words stay', () => {
  expect(displayQuote('NATO countries - the United States and European countries - are at war')).toBe('NATO countries – the United States and European countries – are at war');
  expect(displayQuote('long-range missiles')).toBe('long-range missiles');
});

test("a source's passages are each shown once: words held by a longer passage go to it, the same words with the source's own marks to the first", () => {
  expect(passageHomes(['he approved it', '"And he approved it for that."', 'Another sentence.', 'And he approved it for that.'])).toEqual([1, 1, 2, 1]);
});

test("a source's quotation that closes partway through the passage keeps its marks, as single ones, and a reporter's full stop after the mark goes", () => {
  expect(displayQuote('"Begin to pull out troops," Shoigu said during a televised meeting')).toBe('‘Begin to pull out troops,’ Shoigu said during a televised meeting');
  expect(displayQuote('“The bridge stays shut,” the mayor said on Telegram.')).toBe('‘The bridge stays shut,’ the mayor said on Telegram.');
  expect(displayQuote('"we should not allow them to touch other targets".')).toBe('we should not allow them to touch other targets');
  expect(displayQuote('“We’re going to look and to listen” to the request, he said')).toBe('‘We’re going to look and to listen’ to the request, he said');
  expect(displayQuote('«Begin,» he said')).toBe('«Begin,» he said');
  expect(displayQuote('"A," he said, "B," she said')).toBe('‘A,’ he said, ‘B,’ she said');
  // Still stripped: the words between two quotations, and a passage with a quotation inside it.
  expect(displayQuote('“Mr. Putin,” Blinken said, “must not win”.')).toBe('Mr. Putin,” Blinken said, “must not win');
  expect(displayQuote('"He called it "bluster" today."')).toBe('He called it ‘bluster’ today.');
});
