import { useT } from '@/lib/i18n/i18n-provider.tsx';

/**
 * A quality warning shows an example of a good scan. A drawing, not a photo: no
 * real person's ID, a few hundred bytes, sharp at any zoom. The caption carries the meaning;
 * the drawing is decorative for screen readers.
 */
export function GoodScanExample() {
  const t = useT();
  return (
    <figure className="good-scan">
      <svg viewBox="0 0 160 104" width="160" height="104" aria-hidden="true" focusable="false">
        <rect width="160" height="104" rx="6" fill="#3b3f44" />
        <rect
          x="16"
          y="14"
          width="128"
          height="76"
          rx="6"
          fill="#e8eef5"
          stroke="#0b4f8a"
          strokeWidth="2"
        />
        <rect x="26" y="26" width="30" height="40" fill="#9aa7b4" />
        <circle cx="41" cy="40" r="8" fill="#e8eef5" />
        <path d="M30 64c2-10 20-10 22 0" fill="#e8eef5" />
        {[28, 38, 48, 58].map((y) => (
          <rect key={y} x="64" y={y} width={y === 58 ? 44 : 66} height="4" fill="#1b1b1b" />
        ))}
        <rect x="26" y="74" width="108" height="5" fill="#1b1b1b" />
        <circle cx="138" cy="20" r="12" fill="#00703c" />
        <path d="m132 20 4 4 8-8" fill="none" stroke="#fff" strokeWidth="3" />
      </svg>
      <figcaption>
        <strong>{t('apply.upload.quality.example')}</strong> {t('apply.upload.quality.exampleText')}
      </figcaption>
    </figure>
  );
}
