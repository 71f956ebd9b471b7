/**
 * A declared ID or card number in monospace, in groups a reviewer compares digit by digit with
 * the scan: an 18-character resident ID as region, birth date and sequence with check digit
 * (6-8-4, GB 11643); anything else in fours. The groups are spaced by CSS, not by characters,
 * so a copied number is the number as declared.
 */
export function GroupedDigits({ value }: { value: string }) {
  const sizes = /^\d{17}[\dXx]$/.test(value) ? [6, 8, 4] : fours(value.length);
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(value.slice(at, at + size));
    at += size;
  }
  return (
    <span className="digits" data-testid="grouped-digits">
      {groups.map((group, index) => (
        <span key={index} className="digits__group">
          {group}
        </span>
      ))}
    </span>
  );
}

function fours(length: number): number[] {
  return Array.from({ length: Math.ceil(length / 4) }, () => 4);
}
