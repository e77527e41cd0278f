/** Runs `fn` once the element comes near the viewport (lazy rendering), or at once without IntersectionObserver. */
export function whenVisible(el: HTMLElement, fn: () => void): void {
  if (!('IntersectionObserver' in window)) {
    fn();
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        fn();
      }
    },
    { rootMargin: '600px 0px' },
  );
  io.observe(el);
}
