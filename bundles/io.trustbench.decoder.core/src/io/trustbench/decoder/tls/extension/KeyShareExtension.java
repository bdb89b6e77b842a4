package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsValues;

/** key_share (RFC 8446 §4.2.8): the client's shares, the server's one share, or the HRR's group. */
public final class KeyShareExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		int message = tls == null ? 1 : tls.messageType();
		if (message == 1) {
			int length = in.uint(tree, 2, "tls.handshake.extensions_key_share_client_length", "Client Key Share Length",
					ValueFormat.DEC);
			ByteReader list = in.slice(length, "key shares");
			while (list.hasRemaining()) {
				entry(list, tree);
			}
		} else if (tls != null && tls.session().helloRetry()) {
			in.uint(tree, 2, "tls.handshake.extensions_key_share_selected_group", "Selected Group", ValueFormat.HEX,
					TlsValues.GROUP);
		} else {
			entry(in, tree);
		}
	}

	private static void entry(ByteReader in, Field parent) {
		Field share = in.subtree(parent, "", "Key Share Entry", in.remaining());
		int group = in.uint(share, 2, "tls.handshake.extensions_key_share_group", "Group", ValueFormat.DEC, TlsValues.GROUP);
		int length = in.uint(share, 2, "tls.handshake.extensions_key_share_key_exchange_length", "Key Exchange Length",
				ValueFormat.DEC);
		in.bytesField(share, length, "tls.handshake.extensions_key_share_key_exchange", "Key Exchange");
		String name = TlsValues.GROUP.apply(group);
		share.setDisplay("Key Share Entry: Group: " + (name == null ? ValueFormat.hex(group, 2) : name)
				+ ", Key Exchange length: " + length);
	}
}
