import type { EpochMs } from '../../../model';
import { labelValues, objects, str, type Json } from '../../shapes';
import { fromSeconds } from '../../time';
import type { FileOutput } from '../types';
import { addExposure } from './emit';

/**
 * One off-Meta activity record (an app or website): an exposure per reported event, in the old
 * `{name, events[]}` shape or the 2026 `label_values` one ("Received on" times); one for the app otherwise.
 */
export function addOffMetaEvents(record: Json, out: FileOutput): void {
  const name = str(record.name) ?? str(record.title);
  const times = [
    ...objects(record.events).map((event) => fromSeconds(event.timestamp)),
    ...labelValues(record).map((value) => value.timestamp),
  ].filter((time): time is EpochMs => time !== null);
  if (times.length === 0) {
    addExposure(out, { kind: 'off_platform', label: name, timestamp: fromSeconds(record.timestamp) });
    return;
  }
  for (const timestamp of times) addExposure(out, { kind: 'off_platform', label: name, timestamp });
}
