// One id scheme for inputs, so the error summary can link to any field by its form name.
export function toFieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
