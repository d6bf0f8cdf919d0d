import { encode } from 'uqr';

/**
 * A QR code drawn on the device as an SVG path (no image service, no inline
 * script). Always dark on light with a quiet zone, so phone cameras read it in dark mode too.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const qr = encode(value, { ecc: 'L', boostEcc: true, border: 4 });
  let d = '';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg className="qr-code" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
