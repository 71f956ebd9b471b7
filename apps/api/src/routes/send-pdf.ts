import type { FastifyReply } from 'fastify';

/** A certificate PDF: never cached, never sniffed into something else. */
export function sendCertificatePdf(
  reply: FastifyReply,
  certificate: { pdf: Uint8Array; serial: string },
  disposition: 'inline' | 'attachment',
) {
  return reply
    .header('content-type', 'application/pdf')
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `${disposition}; filename="certificate-${certificate.serial}.pdf"`,
    )
    .send(Buffer.from(certificate.pdf));
}
