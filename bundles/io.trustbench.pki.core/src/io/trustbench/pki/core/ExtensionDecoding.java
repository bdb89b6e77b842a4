package io.trustbench.pki.core;

import java.util.HexFormat;
import java.util.Optional;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoderDescriptor;
import io.trustbench.pki.core.extensions.ExtensionDecoderRegistry;

/** Runs the decoder for one extension, turning any failure of a decoder into hex plus a note. */
final class ExtensionDecoding {

	private ExtensionDecoding() {
	}

	static DecodedExtension decode(ExtensionDecoderRegistry decoders, String oid, boolean critical, byte[] value,
			int offset, int length) {
		String hex = HexFormat.of().formatHex(value);
		Optional<ExtensionDecoderDescriptor> descriptor = decoders.forOid(oid);
		if (descriptor.isEmpty()) {
			String name = OidNames.isKnown(oid) ? OidNames.name(oid) : oid;
			return new DecodedExtension(oid, name, critical, hexLines(value), false, null, offset, length, hex);
		}
		try {
			String text = descriptor.get().decoder().decode(value.clone());
			return new DecodedExtension(oid, descriptor.get().name(), critical, text, true, null, offset, length, hex);
		} catch (Exception | LinkageError | StackOverflowError e) {
			String problem = "cannot decode " + descriptor.get().name() + ": " + CertificateModel.oneLine(e);
			return new DecodedExtension(oid, descriptor.get().name(), critical, hexLines(value), false, problem,
					offset, length, hex);
		}
	}

	/** Colon hex, 16 bytes per line. */
	static String hexLines(byte[] value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length; i++) {
			if (i > 0) {
				out.append(i % 16 == 0 ? ":\n" : ":");
			}
			out.append(String.format("%02x", value[i] & 0xff));
		}
		return out.toString();
	}
}
