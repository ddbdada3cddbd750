import { useLocation, useParams } from 'react-router';

/**
 * The token of a personal link (convocation, invitation, password reset). E-mails put it after `#`,
 * which the browser never sends to the server, so it appears in no request line, log or Referer
 * header; links mailed before that carried it as the path's last segment, still read here.
 */
export function useLinkToken(): string {
  const { hash } = useLocation();
  const { token = '' } = useParams();
  return decodeURIComponent(hash.replace(/^#/, '')) || token;
}
