import QRCode from 'qrcode';
import type { JoinLink } from '../../../../common/assemblies.schemas.ts';

/**
 * Where the projector sends the room's phones: the page that signs a member in with their own
 * personal link (`/p`), never a link that signs anyone in by itself. Each member still needs the link
 * of their convocation (e-mail or printed letter); a phone already signed in for the day goes on to
 * the session.
 */
export async function joinLink(publicUrl: string): Promise<JoinLink> {
  const link = `${publicUrl}/p`;
  // A white margin of four modules, as readers expect it, drawn in SVG: sharp at any size on a wall.
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return {
    link,
    shortLink: link.replace(/^https?:\/\//, ''),
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}
