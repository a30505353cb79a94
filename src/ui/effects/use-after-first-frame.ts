import { useEffect, useState } from 'preact/hooks';
import { afterFrames } from './after-frames.ts';

/**
 * True from two frames after the first choropleth was drawn (`firstDrawn`): for parts of the page
 * the first view does not show (the print sheet), whose code is then requested after the first
 * picture is on screen.
 */
export function useAfterFirstFrame(firstDrawn: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (firstDrawn && !after) return afterFrames(() => setAfter(true));
  }, [firstDrawn]);
  return after;
}
