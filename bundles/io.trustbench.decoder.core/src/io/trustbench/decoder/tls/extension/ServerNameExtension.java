package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** server_name (RFC 6066 §3): the host names a client asks for; empty in the server's reply. */
public final class ServerNameExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		if (!in.hasRemaining()) {
			return;
		}
		int listLength = in.uint(tree, 2, "tls.handshake.extensions_server_name_list_len", "Server Name list length",
				ValueFormat.DEC);
		ByteReader list = in.slice(listLength, "server name list");
		while (list.hasRemaining()) {
			Field entry = list.subtree(tree, "", "Server Name Indication", list.remaining());
			list.uint(entry, 1, "tls.handshake.extensions_server_name_type", "Server Name Type", ValueFormat.DEC,
					v -> v == 0 ? "host_name" : null);
			int length = list.uint(entry, 2, "tls.handshake.extensions_server_name_len", "Server Name length",
					ValueFormat.DEC);
			String name = list.stringField(entry, length, "tls.handshake.extensions_server_name", "Server Name");
			entry.setDisplay("Server Name Indication extension: " + name);
		}
	}
}
