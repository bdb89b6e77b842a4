package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsValues;

/** psk_key_exchange_modes (RFC 8446 §4.2.9). */
public final class PskKeyExchangeModesExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.uint(tree, 1, "tls.extension.psk_ke_modes_length", "PSK Key Exchange Modes Length",
				ValueFormat.DEC);
		ByteReader list = in.slice(length, "PSK modes");
		while (list.hasRemaining()) {
			list.uint(tree, 1, "tls.extension.psk_ke_mode", "PSK Key Exchange Mode", ValueFormat.DEC, TlsValues.PSK_MODE);
		}
	}
}
