/** Marks the searched words on a page reached from a search result (?highlight=…). */
export async function highlightMatches(bundle: string): Promise<void> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as { default: new (options: object) => unknown };
  // Styles come from the site's stylesheet (mark.pagefind-highlight), not an injected <style>, for the CSP.
  new module.default({ highlightParam: 'highlight', addStyles: false });
}
