import type { Brand } from './brand';

export type ArchiveId = Brand<string, 'ArchiveId'>;
export type ItemId = Brand<string, 'ItemId'>;
export type ExposureId = Brand<string, 'ExposureId'>;
/** Milliseconds since the Unix epoch, UTC. */
export type EpochMs = Brand<number, 'EpochMs'>;
/** A number in [0, 1]. */
export type Probability = Brand<number, 'Probability'>;

export const asArchiveId = (value: string): ArchiveId => value as ArchiveId;
export const asItemId = (value: string): ItemId => value as ItemId;
export const asExposureId = (value: string): ExposureId => value as ExposureId;
export const asEpochMs = (value: number): EpochMs => value as EpochMs;

export function asProbability(value: number): Probability {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`not a probability: ${value}`);
  return value as Probability;
}
