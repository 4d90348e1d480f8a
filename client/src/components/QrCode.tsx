import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** `qrcode` is imported only here, on demand: phones that join never download it. */
async function qrDataUrl(value: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

interface Props {
  value: string;
  size?: number;
  /** Replaces the default text alternative ("QR code to join the workshop"). */
  alt?: string;
  testId?: string;
}

export function QrCode({ value, size = 240, alt, testId = 'join-qr' }: Props) {
  const { t } = useTranslation();
  const [image, setImage] = useState<{ value: string; src: string } | null>(null);
  useEffect(() => {
    let live = true;
    qrDataUrl(value).then(
      (src) => live && setImage({ value, src }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value]);

  if (image?.value !== value) return <div className="qr qr--pending" style={{ inlineSize: size, blockSize: size }} />;
  return (
    <img
      className="qr"
      src={image.src}
      width={size}
      height={size}
      alt={alt ?? t('qr.alt', { url: value })}
      data-testid={testId}
      data-url={value}
    />
  );
}
