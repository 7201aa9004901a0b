/**
 * Common podcast time zones, tried first so a feed at +08:00 gets
 * Asia/Shanghai rather than the alphabetically first zone with that offset.
 */
const PREFERRED = [
  "UTC", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
  "Europe/Paris", "Asia/Shanghai", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Asia/Taipei", "Asia/Hong_Kong",
];

/**
 * The IANA time zone that explains a feed's dates (`2018-08-30T00:00:00+08:00`):
 * the zone whose offset at each instant matches the offset the feed wrote
 * for the most items (summer time included, so -04:00 in July and -05:00 in
 * January give America/New_York). Undefined when no date carries an offset.
 */
export function showTimeZone(dates: readonly string[]): string | undefined {
  const stamped = dates
    .slice(0, 300)
    .map((date) => ({ instant: new Date(date), offset: /(Z|[+-]\d{2}:\d{2})$/.exec(date)?.[1] }))
    .filter((date): date is { instant: Date; offset: string } => date.offset !== undefined && !Number.isNaN(date.instant.getTime()));
  if (stamped.length === 0) return undefined;
  const zones = [...PREFERRED, ...Intl.supportedValuesOf("timeZone").filter((zone) => !PREFERRED.includes(zone))];
  let best: string | undefined;
  let bestCount = 0;
  for (const zone of zones) {
    const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    const count = stamped.filter(({ instant, offset }) => zoneOffset(format, instant) === offset).length;
    if (count > bestCount) [best, bestCount] = [zone, count];
    if (bestCount === stamped.length) break;
  }
  return best;
}

/** `GMT+08:00` → `+08:00`, `GMT` → `Z` (the form dates are written in). */
function zoneOffset(format: Intl.DateTimeFormat, instant: Date): string {
  const name = format.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return name === "GMT" || name === "GMT+00:00" ? "Z" : name.slice(3);
}
