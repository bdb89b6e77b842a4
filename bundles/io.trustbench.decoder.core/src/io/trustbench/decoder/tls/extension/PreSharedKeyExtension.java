package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;

/** pre_shared_key (RFC 8446 §4.2.11): identities and binders from the client, the chosen index from the server. */
public final class PreSharedKeyExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		if (tls != null && tls.messageType() == 2) {
			in.uint(tree, 2, "tls.handshake.extensions.psk.identity.selected", "Selected Identity", ValueFormat.DEC);
			return;
		}
		int identitiesLength = in.uint(tree, 2, "tls.handshake.extensions.psk.identities.length", "Identities Length",
				ValueFormat.DEC);
		ByteReader identities = in.slice(identitiesLength, "PSK identities");
		while (identities.hasRemaining()) {
			int length = identities.uint(tree, 2, "tls.handshake.extensions.psk.identity.identity_length",
					"Identity Length", ValueFormat.DEC);
			identities.bytesField(tree, length, "tls.handshake.extensions.psk.identity.identity", "Identity");
			identities.uint(tree, 4, "tls.handshake.extensions.psk.identity.obfuscated_ticket_age",
					"Obfuscated Ticket Age", ValueFormat.DEC);
		}
		int bindersLength = in.uint(tree, 2, "tls.handshake.extensions.psk.binders_len", "PSK Binders length",
				ValueFormat.DEC);
		ByteReader binders = in.slice(bindersLength, "PSK binders");
		while (binders.hasRemaining()) {
			int length = binders.uint(tree, 1, "tls.handshake.extensions.psk.binder.binder_length", "Binder Length",
					ValueFormat.DEC);
			binders.bytesField(tree, length, "tls.handshake.extensions.psk.binder.binders", "Binder");
		}
	}
}
