package io.trustbench.pki.core.atcacert;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A certificate date as atcacert handles it: plain calendar fields, UTC. Kept as fields rather
 * than {@link LocalDateTime} because "issue date + N years" is done field-wise by the device
 * library (Feb 29 + 1 year stays Feb 29), and a rebuild must produce exactly the same text.
 */
public record CertDate(int year, int month, int day, int hour, int minute, int second) {

	public CertDate {
		if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || year < 0 || year > 9999) {
			throw new IllegalArgumentException(String.format("invalid date %04d-%02d-%02d %02d:%02d:%02d", year, month,
					day, hour, minute, second));
		}
	}

	public static CertDate of(ZonedDateTime time) {
		ZonedDateTime utc = time.withZoneSameInstant(ZoneOffset.UTC);
		return new CertDate(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(), utc.getHour(), utc.getMinute(),
				utc.getSecond());
	}

	/** The same date with minutes and seconds cleared: what a compressed certificate can hold. */
	public CertDate wholeHour() {
		return new CertDate(year, month, day, hour, 0, 0);
	}

	public CertDate plusYears(int years) {
		return new CertDate(year + years, month, day, hour, minute, second);
	}

	@Override
	public String toString() {
		return String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
	}
}
