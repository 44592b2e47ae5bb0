/** This device's member identity, read from and saved to localStorage. */
import { useCallback, useState } from 'react';
import { deviceStorage } from '../storage/localJson.js';
import { loadMember, saveMember, type DeviceMember } from '../storage/member.js';

/** The remembered member (null before the first name dialog) and a saver. */
export function useDeviceMember(): [DeviceMember | null, (name: string, color: string) => DeviceMember] {
  const [member, setMember] = useState(() => loadMember(deviceStorage()));
  const save = useCallback((name: string, color: string) => {
    const next = saveMember(deviceStorage(), name, color);
    setMember(next);
    return next;
  }, []);
  return [member, save];
}
