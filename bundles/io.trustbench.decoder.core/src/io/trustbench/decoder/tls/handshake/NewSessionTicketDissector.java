package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;

/** NewSessionTicket: RFC 5077 (lifetime hint, ticket) or TLS 1.3 (adds age_add, nonce, extensions). */
public final class NewSessionTicketDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		boolean tls13 = tls != null && tls.session().tls13();
		Field ticket = in.subtree(tree, "", "TLS Session Ticket", in.remaining());
		in.uint(ticket, 4, "tls.handshake.session_ticket_lifetime_hint", "Session Ticket Lifetime Hint", ValueFormat.DEC);
		if (tls13) {
			in.uint(ticket, 4, "tls.handshake.session_ticket_age_add", "Session Ticket Age Add", ValueFormat.DEC);
			int nonceLength = in.uint(ticket, 1, "tls.handshake.session_ticket_nonce_length", "Session Ticket Nonce Length",
					ValueFormat.DEC);
			in.bytesField(ticket, nonceLength, "tls.handshake.session_ticket_nonce", "Session Ticket Nonce");
		}
		int length = in.uint(ticket, 2, "tls.handshake.session_ticket_length", "Session Ticket Length", ValueFormat.DEC);
		in.bytesField(ticket, length, "tls.handshake.session_ticket", "Session Ticket");
		if (tls13) {
			HelloParts.extensions(context, in, tree);
		}
	}
}
