/**
 * Pages Astro renders at a time (`build.concurrency`). One at a time left the main thread idle
 * half of the time, waiting on the disk (8,000 pages: 18 s -> 12.5 s of rendering).
 */
export const RENDER_CONCURRENCY = 4;
