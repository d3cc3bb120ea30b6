export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder is left as it is so it shows in review. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
