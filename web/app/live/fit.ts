/**
 * The largest scale, from 1 down by `step` to `min`, at which `fits` says the content fits its box
 * (`min` when none does). Tried from the top: the layouts in between need not be monotonic (columns
 * appear as the text shrinks), the first that fits wins.
 */
export function largestFit(fits: (scale: number) => boolean, min = 0.35, step = 0.94): number {
  let scale = 1;
  while (scale > min && !fits(scale)) scale = Math.max(min, scale * step);
  return scale;
}
