export type Messages = Readonly<Record<string, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The message for `key` with `{name}` placeholders filled from `params`. An unknown key
 * comes back as itself, so a missing translation shows up instead of an empty label;
 * a placeholder without a value is left as written.
 */
export function translate(messages: Messages, key: string, params?: MessageParams): string {
  const template = Object.hasOwn(messages, key) ? messages[key] : undefined;
  if (template === undefined) return key;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : String(value);
  });
}
