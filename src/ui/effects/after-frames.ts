/**
 * Runs `fn` once the frame being drawn now and the one after it have been presented (two animation
 * frames, then a task): for what the first view does not show (neighbouring land, program points,
 * kept tables), so that it is requested after the first picture is on screen, never while that
 * picture is still being drawn. Returns a cancel function. A hidden tab draws no frames: `fn` then
 * waits until the tab is shown.
 */
export function afterFrames(fn: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => cancelled || fn());
    });
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
