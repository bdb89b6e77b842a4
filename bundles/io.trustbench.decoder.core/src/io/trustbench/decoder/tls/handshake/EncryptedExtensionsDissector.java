package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;

/** TLS 1.3 EncryptedExtensions: just an extension list. */
public final class EncryptedExtensionsDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		HelloParts.extensions(context, in, tree);
	}
}
