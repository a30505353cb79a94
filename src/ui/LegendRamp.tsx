/** What the folded legend's ramp shows: the class colours in order and the range they span. */
export interface LegendRampProps {
  /** One colour per class, lowest class first. */
  colours: readonly string[];
  /** The lowest class's lower bound and the highest class's upper bound, formatted ("1,90", "42,56"). */
  low: string;
  high: string;
  /** The unit after the upper bound when it is a symbol ("%"); a word-long unit stays in the title only. */
  unit: string;
}

/** Longest unit written after the range (longer ones, "ribu jiwa", are in the title above). */
const MAX_UNIT = 3;

/**
 * The folded legend's one-line ramp (phones): the class colours as short swatches between the
 * range's ends. It floats at the end of the source line, beside its last words, so the folded
 * legend is no taller with it than without (a line more moved Indonesia's fit on a 390-px phone).
 */
export function LegendRamp(p: LegendRampProps) {
  const unit = p.unit && p.unit.length <= MAX_UNIT ? ` ${p.unit}` : '';
  return (
    <span class="legend-ramp" role="img" aria-label={`${p.low} – ${p.high}${p.unit ? ` ${p.unit}` : ''}`}>
      <span class="legend-ramp-end" aria-hidden="true">{p.low}</span>
      {p.colours.map((c, i) => (
        <span key={i} class="legend-ramp-step" data-class={i} style={{ background: c }} aria-hidden="true" />
      ))}
      <span class="legend-ramp-end" aria-hidden="true">
        {p.high}
        {unit}
      </span>
    </span>
  );
}
