package io.trustbench.decoder.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.trustbench.decoder.ui.internal.model.FlowMessage.Kind;

/** Every message of the seed's figure 4-1 has an explanation naming its seed section. */
public class HandshakeExplanationsTest {

	static FlowMessage handshake(int type, boolean client) {
		return new FlowMessage(1, client, Kind.HANDSHAKE, type, "x");
	}

	@Test
	void seedMessagesAreExplained() {
		int[][] seed = { { 1, 1 }, { 2, 0 }, { 11, 0 }, { 12, 0 }, { 13, 0 }, { 14, 0 }, { 11, 1 }, { 16, 1 },
				{ 15, 1 }, { 20, 1 }, { 20, 0 } };
		for (int[] m : seed) {
			FlowMessage message = handshake(m[0], m[1] == 1);
			assertNotNull(HandshakeExplanations.explain(message), message.explanationKey());
			assertTrue(HandshakeExplanations.section(message).startsWith("4.1."), message.explanationKey());
		}
		for (Kind kind : new Kind[] { Kind.CHANGE_CIPHER_SPEC, Kind.APPLICATION_DATA, Kind.ENCRYPTED_HANDSHAKE }) {
			FlowMessage message = new FlowMessage(1, true, kind, -1, "x");
			assertNotNull(HandshakeExplanations.explain(message), kind.name());
			assertNotNull(HandshakeExplanations.section(message), kind.name());
		}
	}

	@Test
	void sidesDiffer() {
		assertNotEquals(HandshakeExplanations.explain(handshake(11, true)),
				HandshakeExplanations.explain(handshake(11, false)), "client and server certificates differ");
		assertEquals(HandshakeExplanations.explain(new FlowMessage(1, true, Kind.ALERT, -1, "x")),
				HandshakeExplanations.explain(new FlowMessage(1, false, Kind.ALERT, -1, "x")), "side-less key");
		assertEquals(null, HandshakeExplanations.explain(handshake(99, true)));
	}
}
