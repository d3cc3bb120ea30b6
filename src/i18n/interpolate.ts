export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as it is so it shows in review.
 * A template may hold plural forms as `one|other` ('{n} lesson|{n} lessons'): the form is chosen
 * by Intl.PluralRules for `lang` from the `n` parameter. Chinese strings have one form.
 */
export function interpolate(template: string, params: Params = {}, lang = 'en'): string {
  let chosen = template;
  if (template.includes('|')) {
    const [one = '', other = one] = template.split('|');
    const n = params['n'];
    chosen = typeof n === 'number' && new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
  }
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
