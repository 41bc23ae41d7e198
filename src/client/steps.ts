/**
 * <Steps> with JavaScript: the maps stack in one place (the steps part of map.css) and the
 * map of the step crossing the reading line (two thirds down
 * the screen, under the map) shows; screen readers hear what it now shows. Until a step
 * reaches the line, the first map shows. Without IntersectionObserver the
 * page stays as the server wrote it: each step with its own map.
 */
/** How far down the screen the reading line is. */
const READING_LINE = 0.66;

export function enhanceSteps(): void {
  if (!('IntersectionObserver' in window)) return;
  // On a wide screen live steps take the page's width, over the article's rail: the rail steps aside while any
  // of them is on screen, rather than showing half covered as they come and go (see map.css).
  const rail = document.querySelector<HTMLElement>('.rail');
  const onScreen = new Set<Element>();
  const railObserver = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) onScreen.add(entry.target);
      else onScreen.delete(entry.target);
    }
    rail?.toggleAttribute('data-covered', onScreen.size > 0);
  });
  for (const root of document.querySelectorAll<HTMLElement>('[data-steps]:not(.is-live)')) {
    const graphics = [...root.querySelectorAll<HTMLElement>(':scope > [data-step-graphic]')];
    const steps = [...root.querySelectorAll<HTMLElement>(':scope > .step')];
    const status = root.querySelector<HTMLElement>('[data-steps-status]');
    if (steps.length === 0 || graphics.length !== steps.length) continue;
    let current = graphics.findIndex((g) => g.classList.contains('is-active'));
    const show = (index: number) => {
      if (index === current) return;
      graphics.forEach((g, i) => g.classList.toggle('is-active', i === index));
      current = index;
      if (status) status.textContent = graphics[index]?.dataset['label'] ?? '';
    };
    // A step counts as reached once its top is above the reading line, however the reader got there (scroll,
    // a jump to a link, the keyboard); the map shows the last step reached, or the first. The observer says when
    // a step crosses the line or the top of the screen; then every step is measured, as a jump can carry
    // several past the line at once without any of them crossing it.
    const observer = new IntersectionObserver(
      () => {
        const line = innerHeight * READING_LINE;
        show(Math.max(0, steps.findLastIndex((step) => step.getBoundingClientRect().top < line)));
      },
      { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` },
    );
    for (const step of steps) observer.observe(step);
    if (rail) railObserver.observe(root);
    root.classList.add('is-live');
    // Fades only from the first change on: the maps hidden as the steps come alive vanish at once.
    requestAnimationFrame(() => requestAnimationFrame(() => root.classList.add('is-moving')));
  }
}
