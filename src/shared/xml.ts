/**
 * Text into XML (the Atom feed, social card SVG): the five characters that
 * could end a value escaped, and the control characters XML forbids
 * dropped, so content can never break the document or the build.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
