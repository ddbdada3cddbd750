import type {
  ParticipantSpeakerList,
  SpeakerListSettings,
  SpeakerListView,
  SpeakerView,
} from '../../../../common/speakers.schemas.ts';
import { api } from '../../api/client.ts';

export type { ParticipantSpeakerList, SpeakerListView, SpeakerView };

const staffPath = (slug: string, itemId: string, rest = '') =>
  `/api/assemblies/${encodeURIComponent(slug)}/agenda/${encodeURIComponent(itemId)}/speakers${rest}`;
const phonePath = (itemId: string) => `/api/participant/agenda/${encodeURIComponent(itemId)}/speakers`;

export function fetchSpeakerList(slug: string, itemId: string): Promise<SpeakerListView> {
  return api.get<SpeakerListView>(staffPath(slug, itemId));
}

export function fetchParticipantSpeakerList(itemId: string): Promise<ParticipantSpeakerList> {
  return api.get<ParticipantSpeakerList>(phonePath(itemId));
}

/** 409 when not present, off the current item, or already waiting; the detail says which. */
export function askToSpeak(itemId: string): Promise<ParticipantSpeakerList> {
  return api.post<ParticipantSpeakerList>(phonePath(itemId));
}

export function withdrawFromSpeaking(itemId: string): Promise<ParticipantSpeakerList> {
  return api.delete<ParticipantSpeakerList>(phonePath(itemId));
}

/** The chair's actions on one list; each answers the list as it now is. */
export const speakerActions = {
  settings: (slug: string, itemId: string, settings: SpeakerListSettings) =>
    api.patch<SpeakerListView>(staffPath(slug, itemId), settings),
  add: (slug: string, itemId: string, attendanceId: string) =>
    api.post<SpeakerListView>(staffPath(slug, itemId), { attendanceId }),
  order: (slug: string, itemId: string, speakerIds: string[]) =>
    api.put<SpeakerListView>(staffPath(slug, itemId, '/order'), { speakerIds }),
  start: (slug: string, itemId: string, speakerId: string) =>
    api.post<SpeakerListView>(staffPath(slug, itemId, `/${encodeURIComponent(speakerId)}/start`)),
  stop: (slug: string, itemId: string, speakerId: string) =>
    api.post<SpeakerListView>(staffPath(slug, itemId, `/${encodeURIComponent(speakerId)}/stop`)),
  time: (slug: string, itemId: string, speakerId: string, allottedSeconds: number) =>
    api.put<SpeakerListView>(staffPath(slug, itemId, `/${encodeURIComponent(speakerId)}/time`), {
      allottedSeconds,
    }),
  remove: (slug: string, itemId: string, speakerId: string) =>
    api.delete<SpeakerListView>(staffPath(slug, itemId, `/${encodeURIComponent(speakerId)}`)),
};
