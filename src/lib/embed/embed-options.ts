/** Pickers an embed may show (`controls=year,indicator`). */
export const EMBED_CONTROLS = ['year', 'indicator'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** Colour theme of an embed's frame: `auto` follows the reader's `prefers-color-scheme`. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** How an embed (`embed=1`) looks. Parameter names are public and documented in the README. */
export interface EmbedOptions {
  /** Title line (`title=`); '' = written from the view (`viewTitle`). Shown as text, never HTML. */
  title: string;
  /** Line under the title (`subtitle=`); '' = none. Shown as text. */
  subtitle: string;
  /** Pickers shown above the map (`controls=year,indicator`), in the order given. */
  controls: EmbedControl[];
  /** A slim card for the clicked region (`panel=1`). */
  panel: boolean;
  /** A tap or click goes one level down (`drill=1`); otherwise it only shows the region's name and value. */
  drill: boolean;
  /** Program points on the map (`programs=1` shows them; the full app always does). */
  programs: boolean;
  /** `theme=light|dark|auto`. */
  theme: EmbedTheme;
  /** Datawrapper-style id (`id=`): heights are posted as `{"datawrapper-height": {"<id>": h}}`. */
  id: string;
  /** pym.js child id (`childId=`, added by pym parents): heights are also posted in pym's format. */
  childId: string;
}

/** Embed defaults, each overridden by its URL parameter. */
export const embedDefaults: EmbedOptions = {
  /** Written from the view. */
  title: '',
  /** None. */
  subtitle: '',
  /** No pickers: a story shows one view. */
  controls: [],
  /** No region card. */
  panel: false,
  /** A tap shows the region's name and value and stays on the embed's view: a reader cannot get lost. */
  drill: false,
  /** No program points: a story's map shows the figure it is about, and a reader's tap lands on a region, not a ring. */
  programs: false,
  /** Light, like the host pages most stories sit in. */
  theme: 'light',
  /** No Datawrapper id. */
  id: '',
  /** Not inside a pym parent. */
  childId: '',
};

/** Longest title or subtitle kept (characters); longer ones are cut at a word, with an ellipsis. */
export const MAX_EMBED_TEXT = 200;

/** `text` cut to at most `max` characters at the last word boundary, ending in "…" when cut. */
export function cutAtWord(text: string, max = MAX_EMBED_TEXT): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  // A single word longer than half the limit is cut inside it rather than leaving a stub.
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '')}…`;
}
/** Ids are put into message keys and compared by hosts: letters, digits, `-` and `_` only. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Read the embed options from query parameters. A value that cannot be used falls back to its
 * default and `bad(param)` is called (the page turns it into a notice); never throws.
 */
export function parseEmbedOptions(p: URLSearchParams, bad: (param: string) => void): EmbedOptions {
  const o: EmbedOptions = { ...embedDefaults, controls: [] };
  for (const key of ['title', 'subtitle'] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > MAX_EMBED_TEXT) bad(key);
    o[key] = cutAtWord(text);
  }
  const controls = p.get('controls');
  if (controls !== null && controls !== '') {
    for (const c of controls.split(',').map((x) => x.trim())) {
      if ((EMBED_CONTROLS as readonly string[]).includes(c)) {
        if (!o.controls.includes(c as EmbedControl)) o.controls.push(c as EmbedControl);
      } else bad('controls');
    }
  }
  const flag = (key: 'panel' | 'programs' | 'drill') => {
    const raw = p.get(key);
    if (raw === null) return;
    if (raw === '1' || raw === '0') o[key] = raw === '1';
    else bad(key);
  };
  flag('panel');
  flag('programs');
  flag('drill');
  const theme = p.get('theme');
  if (theme !== null) theme === 'light' || theme === 'dark' || theme === 'auto' ? (o.theme = theme) : bad('theme');
  for (const key of ['id', 'childId'] as const) {
    const raw = p.get(key);
    if (raw !== null) ID_PATTERN.test(raw) ? (o[key] = raw) : bad(key);
  }
  return o;
}

/** Write the options that differ from the defaults into `p` (only called for embeds). */
export function writeEmbedOptions(o: EmbedOptions, p: URLSearchParams): void {
  // Cut as the embed would cut them, so a link written by the dialog is never repaired.
  if (o.title) p.set('title', cutAtWord(o.title.replace(/\s+/g, ' ').trim()));
  if (o.subtitle) p.set('subtitle', cutAtWord(o.subtitle.replace(/\s+/g, ' ').trim()));
  if (o.controls.length) p.set('controls', o.controls.join(','));
  if (o.panel) p.set('panel', '1');
  if (o.programs) p.set('programs', '1');
  if (o.drill) p.set('drill', '1');
  if (o.theme !== embedDefaults.theme) p.set('theme', o.theme);
  if (o.id) p.set('id', o.id);
  if (o.childId) p.set('childId', o.childId);
}

/** Whether program points are drawn: always in the full app, in an embed only with `programs=1`. */
export const showsPrograms = (url: { embed: boolean; embedOptions: EmbedOptions }): boolean => !url.embed || url.embedOptions.programs;
